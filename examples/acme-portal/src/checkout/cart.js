'use strict';
// Totaux du panier, en centimes pour éviter les erreurs d'arrondi.
// Les prix du catalogue sont hors taxes ; la TVA est calculée ligne par ligne.

const VAT_RATES = { standard: 0.2, intermediate: 0.1, reduced: 0.055 };

function lineTotal(line) {
  if (!Number.isInteger(line.unitPriceCents) || line.unitPriceCents < 0) {
    throw new RangeError(`Prix unitaire invalide pour ${line.sku}`);
  }
  if (!Number.isInteger(line.quantity) || line.quantity <= 0) {
    throw new RangeError(`Quantité invalide pour ${line.sku}`);
  }
  const rate = VAT_RATES[line.vat || 'standard'];
  if (rate === undefined) throw new RangeError(`Taux de TVA inconnu : ${line.vat}`);
  const net = line.unitPriceCents * line.quantity;
  return { net, vat: Math.round(net * rate) };
}

function computeTotals(lines, { shippingCents = 0 } = {}) {
  let net = 0;
  let vat = 0;
  for (const line of lines) {
    const total = lineTotal(line);
    net += total.net;
    vat += total.vat;
  }
  // Livraison offerte à partir de 60 € HT : règle validée en atelier le 14/10.
  const shipping = net >= 6000 ? 0 : shippingCents;
  return { net, vat, shipping, gross: net + vat + shipping };
}

module.exports = { computeTotals, lineTotal, VAT_RATES };
