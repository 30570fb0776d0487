'use strict';
// Contrôle des adresses de livraison au moment du paiement.

const METROPOLITAN = /^(0[1-9]|[1-8]\d|9[0-5])\d{3}$/;
const CORSICA = /^20[0-2]\d{2}$/;
const OVERSEAS = /^97[1-8]\d{2}$/;

function checkPostalCode(code) {
  const value = String(code || '').replace(/\s+/g, '');
  if (OVERSEAS.test(value)) return { ok: true, checked: false, note: 'Outre-mer : adresse non contrôlée' };
  if (METROPOLITAN.test(value) || CORSICA.test(value)) return { ok: true, checked: true };
  return { ok: false, checked: true, note: 'Code postal invalide' };
}

function checkAddress(address) {
  const problems = [];
  if (!address.line1 || !address.line1.trim()) problems.push('Adresse manquante');
  if (!address.city || !address.city.trim()) problems.push('Ville manquante');
  if (address.country && address.country !== 'FR') {
    return { ok: problems.length === 0, checked: false, problems, note: 'Étranger : adresse non contrôlée' };
  }
  const postal = checkPostalCode(address.postalCode);
  if (!postal.ok) problems.push(postal.note);
  return { ok: problems.length === 0, checked: postal.checked, problems, note: postal.note };
}

module.exports = { checkAddress, checkPostalCode };
