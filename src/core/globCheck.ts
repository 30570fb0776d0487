/**
 * The safety check of the globs that project.yaml gives (red flags' and milestones' paths), apart from their
 * matching (glob.ts): loading project.yaml needs only this, so the matcher stays out of the main bundle.
 */

import { en } from './lang/en/words';
import type { ProblemWords } from './i18n/words';

/** Why a glob was rejected, or that it is safe to resolve inside the workspace. */
export type GlobCheck = { ok: true } | { ok: false; message: string };

const MAX_ALTERNATIVES = 256;

/**
 * Rejects globs that could reach outside the workspace: absolute paths (`/x`, `C:\x`, `\\server\x`), `~`, and
 * `..` segments — also when percent-encoded (`%2e%2e`), backslash-separated or hidden in a `{a,..}` alternative.
 * Says why in `words`' language.
 */
export function validateGlob(glob: string, words: ProblemWords = en.problems): GlobCheck {
  if (glob.trim() === '') return fail(words.globEmpty);
  if (glob.includes('\0')) return fail(words.globNul);
  const decoded = percentDecode(glob.trim());
  for (const alternative of expandBraces(decoded)) {
    const problem = unsafe(alternative.replace(/\\/g, '/'), alternative);
    if (problem) return fail(words[problem]);
  }
  return { ok: true };
}

function unsafe(path: string, raw: string): 'globAbsolute' | 'globWindows' | 'globTilde' | 'globDotDot' | undefined {
  if (path.startsWith('/') || raw.startsWith('\\')) return 'globAbsolute';
  if (/^[A-Za-z]:/.test(path)) return 'globWindows';
  if (path.startsWith('~')) return 'globTilde';
  // Windows drops trailing dots and spaces from a name, so `.. ` and `...` would climb out too.
  if (path.split('/').some((segment) => /^\.\.[. ]*$/.test(segment.trim()))) return 'globDotDot';
  return undefined;
}

const fail = (message: string): GlobCheck => ({ ok: false, message });

/** Decodes `%xx` repeatedly (double-encoding included) without ever throwing on malformed escapes. */
function percentDecode(text: string): string {
  let current = text;
  for (let round = 0; round < 4; round++) {
    const next = current.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    if (next === current) return next;
    current = next;
  }
  return current;
}

/** Every alternative of `{a,b}` groups (nested ones too), capped so a hostile glob cannot explode. */
export function expandBraces(glob: string): string[] {
  const open = findBrace(glob);
  if (!open) return [glob];
  const head = glob.slice(0, open.start);
  const tail = glob.slice(open.end + 1);
  const out: string[] = [];
  for (const option of open.options) {
    for (const rest of expandBraces(`${head}${option}${tail}`)) {
      out.push(rest);
      if (out.length >= MAX_ALTERNATIVES) return out;
    }
  }
  return out;
}

function findBrace(glob: string): { start: number; end: number; options: string[] } | undefined {
  const start = glob.indexOf('{');
  if (start < 0) return undefined;
  let depth = 0;
  let from = start + 1;
  const options: string[] = [];
  for (let i = start; i < glob.length; i++) {
    const c = glob[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      options.push(glob.slice(from, i));
      return { start, end: i, options };
    } else if (c === ',' && depth === 1) {
      options.push(glob.slice(from, i));
      from = i + 1;
    }
  }
  return undefined;
}
