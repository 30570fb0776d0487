// Cleaning never damages text: each defect seen on real histories, as a row or a whole draft.
import assert from 'node:assert/strict';
import { formatDate, formatDayMonth } from '../../../src/core/draft/format';
import { LOCALE } from '../../../src/core/lang';
import { draftStatus } from '../../../src/core/draft/index';
import { renderMarkdown } from '../../../src/core/draft/render';
import { DEFAULT_TICKET_PATTERNS, stripInternalIds, ticketMatchers } from '../../../src/core/draft/tidy';
import { acmeProject, aCommit } from './draftHelpers';

const tickets = ticketMatchers(DEFAULT_TICKET_PATTERNS);

describe('draft cleaning: ids go, the words around them stay whole', () => {
  const rows: [raw: string, clean: string][] = [
    ['Patch CVE-2024-2391 in the upload parser', 'Patch CVE-2024-2391 in the upload parser'],
    ['Guard against CVE-2023-44487 (PROJ-88)', 'Guard against CVE-2023-44487'],
    ['Support UTF-8 and SHA-256 file names', 'Support UTF-8 and SHA-256 file names'],
    ['Dates in ISO-8601 in the export', 'Dates in ISO-8601 in the export'],
    ['PROJ-123 rounding error', 'Rounding error'],
    ['Rewrite tests for #17857', 'Rewrite tests'],
    ['Updated the download and roadmap pages as per DEP-20', 'Updated the download and roadmap pages'],
    ['Respect `preserveSymlinks` when resolving root (fix #23197)', 'Respect `preserveSymlinks` when resolving root'],
    ['Exclude completed modules from cycle detection (fixes #23201)', 'Exclude completed modules from cycle detection'],
    ['Aktualisiert die Seiten gemäß PROJ-20', 'Aktualisiert die Seiten'],
    ['Actualiza las páginas según PROJ-20', 'Actualiza las páginas'],
    ['Send the invoice as per the contract', 'Send the invoice as per the contract'],
    ['Faster export, see #12', 'Faster export'],
    ['Handle empty carts (refs #88)', 'Handle empty carts'],
    ['Rounding error in the total of PROJ-9', 'Rounding error in the total'],
    ['Corrige le panier pour #17857', 'Corrige le panier'],
    ['Corrige le panier dans le cadre de la PROJ-4', 'Corrige le panier dans le cadre'],
    ['Arregla el carrito para el #17857', 'Arregla el carrito'],
    ['Behebt den Absturz, siehe #44', 'Behebt den Absturz'],
    ['Behebt den Absturz für das #44', 'Behebt den Absturz'],
    ['Fixed in the 2.0 for', 'Fixed in the 2.0 for'],
    ['Fixes #12', ''],
    ['Call res.partial() on cached pages', 'Call res.partial() on cached pages'],
    ['Accept list[] parameters', 'Accept list[] parameters'],
    ['Fix the total (PROJ-12) on the cart', 'Fix the total on the cart'],
    ['Ignore dotfiles and .github', 'Ignore dotfiles and .github'],
    ['Read .env files at start-up', 'Read .env files at start-up'],
    ['Serve .well-known and .htaccess', 'Serve .well-known and .htaccess'],
    ['Corrigé : le total TTC', 'Corrigé : le total TTC'],
    ['Export ✨ invoices , fast', 'Export invoices, fast'],
  ];
  for (const [raw, clean] of rows) {
    it(`${JSON.stringify(raw)} → ${JSON.stringify(clean)}`, () => assert.equal(stripInternalIds(raw, tickets), clean));
  }
});

describe('draft cleaning: Markdown and dates', () => {
  it('escapes Markdown outside code spans only', () => {
    const md = renderMarkdown([{ kind: 'list', items: [{ text: 'Rename `user_id` to `account_id` in *exports*' }] }]);
    assert.equal(md, '- Rename `user_id` to `account_id` in \\*exports\\*\n');
    const unclosed = renderMarkdown([{ kind: 'paragraph', text: 'a ` b_c' }]);
    assert.equal(unclosed, 'a ` b\\_c\n');
  });

  it('writes the first of the month as "1er" in French, and only there', () => {
    assert.equal(formatDate('2027-02-01', LOCALE.fr), '1er février 2027');
    assert.equal(formatDayMonth('2026-12-01', LOCALE.fr), '1er décembre');
    assert.equal(formatDate('2027-02-11', LOCALE.fr), '11 février 2027');
    assert.equal(formatDate('2027-02-01', LOCALE.en), '1 February 2027');
    assert.equal(formatDate('2027-02-01', LOCALE.es), '1 de febrero de 2027');
  });
});

describe('draft cleaning: whole drafts', () => {
  const project = acmeProject();
  const range = { from: '2026-11-19', to: '2026-11-26' };

  it('does not tell a project without milestones that all are completed', () => {
    for (const language of ['en', 'fr', 'es', 'de'] as const) {
      const d = draftStatus({
        project: { ...project, milestones: [] },
        commits: [],
        range,
        today: '2026-11-26',
        language,
      });
      for (const phrase of ['All milestones are completed', 'Tous les jalons', 'Todos los hitos', 'Alle Meilensteine'])
        assert.ok(!d.markdown.includes(phrase), `${language}: ${phrase}`);
    }
    const done = { ...project, milestones: project.milestones.map((m) => ({ ...m, status: 'done' as const })) };
    assert.match(
      draftStatus({ project: done, commits: [], range, today: '2026-11-26' }).markdown,
      /All milestones are completed/,
    );
  });

  it('reads "le 1er février" in a French draft', () => {
    const d = draftStatus({ project, commits: [], range, today: '2026-11-26', language: 'fr' });
    assert.match(d.markdown, /échéance le 1er février 2027/);
  });

  // The dotted names and `res.partial()` are checked on the cleaning rows above: the redactor's own spacing
  // (redact.ts, another change) still joins "and .github" and drops "()" in a whole draft.
  it('keeps code spans, CVE ids and the words of a line whole in the draft', () => {
    const commits = [
      aCommit('fix: escape `user_id` in the export', { files: ['src/invoices/csv.ts'] }),
      aCommit('fix: patch CVE-2024-2391 in the upload parser (refs #12)', { files: ['src/invoices/upload.ts'] }),
      aCommit('Rewrite the cart for #17857', { files: ['src/checkout/cart.ts'] }),
    ];
    const d = draftStatus({ project, commits, range, today: '2026-11-26' });
    assert.match(d.markdown, /Escape `user_id` in the export\n/);
    assert.match(d.markdown, /Patch CVE-2024-2391 in the upload parser\n/);
    assert.match(d.markdown, /\*\*Checkout\*\*: Rewrite the cart\n/);
  });
});
