'use strict';
// Codes promo du tunnel de commande.

const CODES = {
  BIENVENUE10: { kind: 'percent', value: 10, stackable: false },
  NOEL2026: { kind: 'percent', value: 15, stackable: true },
  LIVRAISON: { kind: 'free-shipping', stackable: true },
};

// RED-FLAG(promo-stacking): les règles de cumul avec la remise fidélité déroutent le marketing ;
// en attendant la décision du client, un code non cumulable remplace la remise fidélité.
function applyPromo(totals, code, { loyaltyPercent = 0 } = {}) {
  const promo = CODES[String(code).trim().toUpperCase()];
  if (!promo) return { ...totals, promo: null, error: 'Code promo inconnu' };
  if (promo.kind === 'free-shipping') {
    return { ...totals, shipping: 0, gross: totals.gross - totals.shipping, promo: code };
  }
  const percent = promo.stackable ? promo.value + loyaltyPercent : Math.max(promo.value, loyaltyPercent);
  const discount = Math.round((totals.net * percent) / 100);
  const net = totals.net - discount;
  const vat = Math.round((totals.vat * net) / totals.net);
  return { ...totals, net, vat, gross: net + vat + totals.shipping, discount, promo: code };
}

module.exports = { applyPromo, CODES };
