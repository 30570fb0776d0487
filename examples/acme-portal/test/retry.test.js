'use strict';
// Seuls le cas nominal et le refus sont testés : la relance après coupure réseau ne l'est pas encore
// (voir le signal d'alerte payment-retries dans project.yaml).
const test = require('node:test');
const assert = require('node:assert/strict');
const { createGateway, PaymentError } = require('../src/payments/gateway');
const { captureWithRetry } = require('../src/payments/retry');

const gatewayAnswering = (status, body) => createGateway({ post: async () => ({ status, body }) });

test('capture le paiement du premier coup', async () => {
  const result = await captureWithRetry(gatewayAnswering(200), 'pay_123', 4990);
  assert.deepEqual(result, { id: 'pay_123', status: 'captured', amountCents: 4990 });
});

test('ne relance pas un paiement refusé', async () => {
  await assert.rejects(captureWithRetry(gatewayAnswering(402, { reason: 'Carte refusée' }), 'pay_124', 4990), (error) => {
    assert.ok(error instanceof PaymentError);
    assert.equal(error.code, 'refused');
    return true;
  });
});
