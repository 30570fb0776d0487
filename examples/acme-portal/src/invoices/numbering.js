'use strict';
// Numérotation des factures : une séquence continue, sans trou, par année civile.
// Format : FA-2026-000123.

function formatNumber(year, sequence) {
  return `FA-${year}-${String(sequence).padStart(6, '0')}`;
}

function parseNumber(number) {
  const match = /^FA-(\d{4})-(\d{6})$/.exec(number);
  if (!match) throw new Error(`Numéro de facture invalide : ${number}`);
  return { year: Number(match[1]), sequence: Number(match[2]) };
}

function nextInvoiceNumber(previous, date) {
  const year = date.getFullYear();
  if (!previous) return formatNumber(year, 1);
  const last = parseNumber(previous);
  if (last.year > year) throw new Error(`La facture ${previous} est datée après le ${date.toISOString().slice(0, 10)}`);
  return formatNumber(year, last.year === year ? last.sequence + 1 : 1);
}

module.exports = { nextInvoiceNumber, parseNumber, formatNumber };
