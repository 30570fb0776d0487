// The French interface's check: no English sentence of Candor in what a French user sees. The English sentences
// are Candor's own (catalogs.ts prints them: tree words, brief, draft, l10n bundle keys, package.nls.json); a
// visible text fails when it holds a fragment of one (the words between its placeholders, two words or more) or
// is a one-word English text whose French differs. Fragments that French uses as well (project.yaml, Candor,
// codes) are allowed, and so are the names and codes below.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from './host.mjs';

// Proper nouns and code that read the same in both languages.
const ALLOWED = ['RED-FLAG', 'project.yaml', 'Markdown', 'Candor', 'Restricted Mode'];

const WORD = /\p{L}[\p{L}'-]*/gu;
const fold = (s) =>
  s
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const trimPunct = (s) => s.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');

/** Candor's texts in English and French (see catalogs.ts), once per run. */
export function loadCatalogs() {
  const r = spawnSync('npx', ['tsx', path.join(root, 'scripts/vscode-host/catalogs.ts')], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`catalogs.ts failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** What counts as English: multi-word fragments and one-word texts that French never uses as they are. */
export function englishSentences(catalogs) {
  const french = catalogs.fr.map(fold);
  const frenchText = french.join('\n');
  const allowed = ALLOWED.map(fold);
  const phrases = new Set();
  const words = new Set();
  for (const text of catalogs.en) {
    const pieces = text.split(/«»|\n/).map((p) => fold(trimPunct(p)));
    for (const piece of pieces) {
      const count = (piece.match(WORD) ?? []).length;
      if (count === 0 || allowed.includes(piece) || frenchText.includes(piece)) continue;
      if (count >= 2) phrases.add(piece);
      else if (pieces.length === 1 && piece.length >= 3 && !french.includes(piece)) words.add(piece);
    }
  }
  return { phrases: [...phrases], words };
}

/** The English sentences found in `texts` (each { where, text }): [{ where, text, english }]. */
export function findEnglish(texts, { phrases, words }) {
  const found = [];
  for (const { where, text } of texts) {
    const folded = fold(text);
    const phrase = phrases.find((p) => containsWords(folded, p));
    const segments = folded.split(/\s*(?:[·;,()[\]\n]|: | : |—)\s*/).map(trimPunct);
    const word = segments.find((s) => words.has(s));
    if (phrase ?? word) found.push({ where, text: text.slice(0, 200), english: phrase ?? word });
  }
  return found;
}

/** `haystack` holds `needle` as whole words (no letter right before or after). */
function containsWords(haystack, needle) {
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
  }
  return false;
}

/**
 * Every text of the workbench a Candor message can reach, as { where, text }: the side bar's rows (label,
 * description, accessible label with the tooltip), notifications, the quick input (title, placeholder, prompt,
 * items), hovers and, with `editor` (when it shows a brief or a draft, not the user's files), the active editor's lines.
 */
export async function visibleTexts(page, { editor = false } = {}) {
  return page.evaluate((withEditor) => {
    const out = [];
    const add = (where, text) => {
      if (text && text.trim()) out.push({ where, text: text.trim() });
    };
    const all = (selector) => [...document.querySelectorAll(selector)];
    for (const row of all('.sidebar .monaco-list-row')) {
      add('tree label', row.querySelector('.label-name')?.textContent);
      add('tree description', row.querySelector('.label-description')?.textContent);
      add('tree tooltip', row.getAttribute('aria-label'));
    }
    add('view title', document.querySelector('.sidebar .title-label')?.textContent);
    for (const n of all('.notifications-toasts .notification-list-item-message')) add('notification', n.textContent);
    for (const b of all('.notifications-toasts .monaco-button')) add('notification button', b.textContent);
    const quick = document.querySelector('.quick-input-widget');
    if (quick && quick.style.display !== 'none') {
      add('quick input title', quick.querySelector('.quick-input-title')?.textContent);
      add('quick input placeholder', quick.querySelector('input.input')?.getAttribute('placeholder'));
      add('quick input prompt', quick.querySelector('.quick-input-message')?.textContent);
      for (const r of quick.querySelectorAll('.monaco-list-row')) add('quick pick item', r.getAttribute('aria-label'));
    }
    for (const h of all('.monaco-hover')) if (h.offsetParent) add('hover', h.textContent);
    if (withEditor) {
      const lines = all('.editor-group-container.active .editor-instance .view-line')
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((l) => l.textContent.replace(/\u00a0/g, ' '));
      for (const l of lines) add('editor line', l);
      add('editor', lines.join(' ')); // a sentence that wraps onto the next line
    }
    return out;
  }, editor);
}
