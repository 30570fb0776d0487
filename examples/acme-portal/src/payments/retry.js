'use strict';
const { PaymentError } = require('./gateway');

// Délais entre deux tentatives : 1 s, 5 s puis 30 s. Au-delà, la commande passe
// en « paiement à reprendre » et le service client est prévenu.
const DEFAULT_DELAYS_MS = [1000, 5000, 30000];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Capture un paiement en relançant les erreurs passagères (PSP indisponible, coupure réseau).
 * Les refus (carte refusée, 3-D Secure) ne sont jamais relancés.
 */
async function captureWithRetry(gateway, paymentId, amountCents, options = {}) {
  const { delays = DEFAULT_DELAYS_MS, wait = sleep, log = () => {} } = options;
  for (let attempt = 0; ; attempt++) {
    try {
      return await gateway.capture(paymentId, amountCents);
    } catch (error) {
      if (!isRetryable(error) || attempt >= delays.length) throw error;
      // RED-FLAG(payment-retries): une coupure réseau entre la capture et la réponse peut débiter
      // deux fois si le PSP a bien capturé ; la clé d'idempotence n'est pas encore testée.
      log(`relance ${attempt + 1}/${delays.length} du paiement ${paymentId} : ${error.message}`);
      await wait(delays[attempt]);
    }
  }
}

function isRetryable(error) {
  if (error instanceof PaymentError) return error.retryable;
  return Boolean(error) && (error.code === 'ECONNRESET' || error.code === 'ETIMEDOUT');
}

module.exports = { captureWithRetry, isRetryable, DEFAULT_DELAYS_MS };
