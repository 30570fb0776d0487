'use strict';
// Sessions de l'espace client. L'authentification unique (SSO) attend la décision du client ;
// d'ici là, connexion par e-mail et mot de passe.

const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

// Si le SSO retenu tombe, le repli par mot de passe reste ouvert (décision « sso » en attente).
function createSession(user, now = Date.now()) {
  if (!user || !user.id) throw new Error('Utilisateur inconnu');
  return { userId: user.id, expiresAt: now + SESSION_TTL_MS, method: 'password' };
}

function isExpired(session, now = Date.now()) {
  return now >= session.expiresAt;
}

module.exports = { createSession, isExpired, SESSION_TTL_MS };
