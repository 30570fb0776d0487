'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { checkAddress, checkPostalCode } = require('../src/checkout/address');

test('accepte les codes postaux de métropole et de Corse', () => {
  assert.equal(checkPostalCode('75011').ok, true);
  assert.equal(checkPostalCode('20 000').ok, true);
});

test('laisse passer l’outre-mer sans le contrôler', () => {
  assert.deepEqual(checkPostalCode('97400'), { ok: true, checked: false, note: 'Outre-mer : adresse non contrôlée' });
});

test('signale une adresse incomplète', () => {
  const result = checkAddress({ line1: '', city: 'Lyon', postalCode: '6900' });
  assert.equal(result.ok, false);
  assert.deepEqual(result.problems, ['Adresse manquante', 'Code postal invalide']);
});
