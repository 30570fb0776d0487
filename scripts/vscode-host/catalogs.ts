// Prints, as JSON, every user-facing text of Candor in English and in French, for the end-to-end test's check that
// the French interface shows no English sentence: the tree's words, the brief's, the client draft's, the VS Code
// messages (l10n bundles) and the manifest's (package.nls). Functions are called with a sample that reads as a
// placeholder («») when printed and as 7 when counted, so each leaf splits into its literal fragments.
// usage: npx tsx scripts/vscode-host/catalogs.ts
import fs from 'node:fs';
import path from 'node:path';
import { BRIEF, DRAFT, WORDS } from '../../src/core/lang';

const root = path.join(__dirname, '../..');
const json = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, string>;

/** An argument that prints as a placeholder and counts as 7 (plural forms take their "many" branch). */
const placeholder = { toString: () => '«»', valueOf: () => 7 };
// A leaf that formats a day needs a real one.
const SAMPLES: unknown[] = [placeholder, '2026-11-07'];

/** Every text leaf of a catalog; a function is called with the first sample it accepts. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    for (const s of SAMPLES) {
      try {
        return [String((value as (...a: unknown[]) => unknown)(...Array.from({ length: value.length }, () => s)))];
      } catch {
        // the next sample
      }
    }
    return [];
  }
  return value && typeof value === 'object' ? Object.values(value).flatMap(texts) : [];
}

const l10nFr = json('l10n/bundle.l10n.fr.json');
const nlsEn = json('package.nls.json');
const nlsFr = json('package.nls.fr.json');
const placeholders = (s: string) => s.replace(/\{\d+\}/g, '«»');

const out = {
  en: [
    ...texts(WORDS.en),
    ...texts(BRIEF.en),
    ...texts(DRAFT.en),
    ...Object.keys(l10nFr).map(placeholders),
    ...Object.values(nlsEn),
  ],
  fr: [
    ...texts(WORDS.fr),
    ...texts(BRIEF.fr),
    ...texts(DRAFT.fr),
    ...Object.values(l10nFr).map(placeholders),
    ...Object.values(nlsFr),
  ],
  // The brief's and the tree's fixed words (JSON keeps the strings, drops the functions), for the steps to look for.
  brief: { en: BRIEF.en, fr: BRIEF.fr },
  tree: { en: WORDS.en, fr: WORDS.fr },
};
process.stdout.write(JSON.stringify(out));
