'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { nextInvoiceNumber } = require('../src/invoices/numbering');

test('continue la séquence de l’année', () => {
  assert.equal(nextInvoiceNumber('FA-2026-000122', new Date('2026-11-27')), 'FA-2026-000123');
});

test('repart à 1 au changement d’année', () => {
  assert.equal(nextInvoiceNumber('FA-2026-000987', new Date('2027-01-02')), 'FA-2027-000001');
});

test('commence à 1 sans facture précédente', () => {
  assert.equal(nextInvoiceNumber(undefined, new Date('2026-11-27')), 'FA-2026-000001');
});
