'use strict';
// Client minimal du prestataire de paiement (PSP). Le transport HTTP est injecté :
// en production c'est le client HTTP du portail, dans les tests un faux transport.

class PaymentError extends Error {
  constructor(code, message, { retryable = false } = {}) {
    super(message);
    this.name = 'PaymentError';
    this.code = code;
    this.retryable = retryable;
  }
}

function createGateway(transport) {
  return {
    async capture(paymentId, amountCents) {
      if (!Number.isInteger(amountCents) || amountCents <= 0) {
        throw new PaymentError('invalid-amount', `Montant invalide : ${amountCents}`);
      }
      const response = await transport.post(`/payments/${encodeURIComponent(paymentId)}/capture`, { amount: amountCents });
      if (response.status === 200) return { id: paymentId, status: 'captured', amountCents };
      // RED-FLAG(psp-sandbox): le bac à sable du PSP ne renvoie jamais de refus 3-D Secure ;
      // cette branche n'a été vue qu'en préproduction, à partir des journaux.
      if (response.status === 402) {
        throw new PaymentError('refused', (response.body && response.body.reason) || 'Paiement refusé');
      }
      if (response.status >= 500) {
        throw new PaymentError('unavailable', `PSP indisponible (HTTP ${response.status})`, { retryable: true });
      }
      throw new PaymentError('unexpected', `Réponse inattendue du PSP (HTTP ${response.status})`);
    },
  };
}

module.exports = { PaymentError, createGateway };
