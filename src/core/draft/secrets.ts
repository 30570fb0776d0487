import type { SecretKind } from './phrases';

interface SecretRule {
  kind: SecretKind;
  pattern: RegExp;
  /** What any match of the pattern holds: the pattern runs only on texts that have it. */
  needs: (text: string, facts: Facts) => boolean;
}

// Cheap facts about a text, read once: whether it holds `=` or `:`, and a run of 15 token characters (the shortest
// token a rule below matches is 15 such characters long).
interface Facts {
  assignment: boolean;
  equals: boolean;
  longRun: boolean;
}
// `/[A-Za-z0-9+_=-]{15}/` by one pass over the characters: the regex retried from every letter of every word.
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const token =
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (c >= 48 && c <= 57) ||
      c === 43 ||
      c === 95 ||
      c === 61 ||
      c === 45;
    run = token ? run + 1 : 0;
    if (run >= 15) return true;
  }
  return false;
}
const longRun = (_: string, f: Facts) => f.longRun;

// Most specific first: a private key block or a JWT must not be half-eaten by the generic rules below.
const RULES: readonly SecretRule[] = [
  {
    kind: 'private-key',
    pattern: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----(?:[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----)?/g,
    needs: (t) => t.includes('-----BEGIN '),
  },
  {
    kind: 'jwt',
    pattern: /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/g,
    needs: (t) => t.includes('eyJ'),
  },
  { kind: 'aws-key', pattern: /\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[0-9A-Z]{16}\b/g, needs: longRun },
  { kind: 'aws-key', pattern: /\baws_?secret_?access_?key\s*[=:]\s*\S+/gi, needs: (_, f) => f.assignment },
  { kind: 'github-token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})/g, needs: longRun },
  {
    kind: 'api-token',
    pattern:
      /\b(?:xox[abposr]-[A-Za-z0-9-]{10,}|sk_(?:live|test)_[A-Za-z0-9]{10,}|AIza[A-Za-z0-9_-]{30,}|glpat-[A-Za-z0-9_-]{20,}|npm_[A-Za-z0-9]{30,})/g,
    needs: longRun,
  },
  // `password: x` is an assignment; `token: handle expiry` is prose, so the short words need an `=`.
  {
    kind: 'password',
    pattern: /\b(?:password|passwd|client_?secret|api[_-]?key|apikey)\s*[=:]\s*(?:"[^"\n]*"|'[^'\n]*'|[^\s,;]+)/gi,
    needs: (_, f) => f.assignment,
  },
  {
    kind: 'password',
    pattern: /\b(?:pwd|pass|secret|access[_-]?token|auth[_-]?token|token)\s*=\s*(?:"[^"\n]*"|'[^'\n]*'|[^\s,;]+)/gi,
    needs: (_, f) => f.equals,
  },
];

const CANDIDATE = /[A-Za-z0-9+_=-]{24,}/g;

/** A secret found in a text: its kind only, so that the note can say what it was without repeating it. */
export interface SecretHit {
  kind: SecretKind;
}

/** Removes what looks like a secret; returns the cleaned text and one hit per secret removed. */
export function removeSecrets(text: string): { text: string; hits: SecretHit[] } {
  const hits: SecretHit[] = [];
  let out = text;
  // Read once: a removal leaves a space, so it never brings a `=`, a `:` or a longer run.
  const equals = text.includes('=');
  const facts = { equals, assignment: equals || text.includes(':'), longRun: hasLongRun(text) };
  for (const rule of RULES) {
    if (!rule.needs(out, facts)) continue;
    out = out.replace(rule.pattern, () => {
      hits.push({ kind: rule.kind });
      return ' ';
    });
  }
  if (!facts.longRun) return { text: out, hits };
  out = out.replace(CANDIDATE, (token) => {
    if (!looksRandom(token)) return token;
    hits.push({ kind: 'high-entropy' });
    return ' ';
  });
  return { text: out, hits };
}

/** Shannon entropy in bits per character. */
export function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / text.length) * Math.log2(n / text.length);
  return bits;
}

// Long mixed strings with many distinct characters: keys and tokens, not words or identifiers. Hex longer than
// a SHA-1 is a key (SHA-256 digests and hex secrets); shorter hex is a commit hash, stripped elsewhere.
function looksRandom(token: string): boolean {
  if (/^[0-9a-f]+$/i.test(token)) return token.length > 40 && /\d/.test(token) && /[a-f]/i.test(token);
  const digits = (token.match(/\d/g) ?? []).length;
  const mixedCase = /[a-z]/.test(token) && /[A-Z]/.test(token);
  const bits = entropy(token);
  if (digits >= 2 && mixedCase && bits >= 3.8) return true;
  return token.length >= 32 && digits >= 1 && bits >= 4.2;
}
