'use strict';
// Export des factures pour le cabinet comptable du Groupe Acme (demandé par la comptabilité).

// RED-FLAG(invoice-export): format imposé par le cabinet comptable, que l'équipe n'a jamais pratiqué :
// séparateur, encodage et arrondis à confirmer sur un jeu de factures réelles.
const COLUMNS = ['numero', 'date', 'client', 'montant_ht', 'tva', 'montant_ttc'];

function frenchAmount(cents) {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

function frenchDate(iso) {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

function quote(value) {
  const text = String(value);
  return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toCsv(invoices) {
  const rows = invoices.map((invoice) => [
    invoice.number,
    frenchDate(invoice.date),
    quote(invoice.customer),
    frenchAmount(invoice.netCents),
    frenchAmount(invoice.vatCents),
    frenchAmount(invoice.netCents + invoice.vatCents),
  ]);
  return [COLUMNS, ...rows].map((row) => row.join(';')).join('\r\n') + '\r\n';
}

module.exports = { toCsv, frenchAmount, frenchDate };
