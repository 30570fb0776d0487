'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { computeTotals } = require('../src/checkout/cart');

test('additionne les lignes et la TVA en centimes', () => {
  const totals = computeTotals(
    [
      { sku: 'CAFE-1KG', unitPriceCents: 1890, quantity: 2 },
      { sku: 'LIVRE-01', unitPriceCents: 2000, quantity: 1, vat: 'reduced' },
    ],
    { shippingCents: 590 },
  );
  assert.deepEqual(totals, { net: 5780, vat: 866, shipping: 590, gross: 7236 });
});

test('offre la livraison à partir de 60 € HT', () => {
  const totals = computeTotals([{ sku: 'MACHINE', unitPriceCents: 6000, quantity: 1 }], { shippingCents: 590 });
  assert.equal(totals.shipping, 0);
});

test('refuse une quantité nulle', () => {
  assert.throws(() => computeTotals([{ sku: 'X', unitPriceCents: 100, quantity: 0 }]), /Quantité invalide/);
});
