import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { draftStatus, type DraftInput } from '../../../src/core/draft/index';
import type { Language } from '../../../src/core/model/schema';
import { acmeProject, commitsOf } from './draftHelpers';

const commits = commitsOf(fs.readFileSync(path.join(__dirname, '../../fixtures/gitlog/acme.log'), 'utf8'));
const base: DraftInput = {
  project: acmeProject(),
  commits,
  range: { from: '2026-11-19', to: '2026-11-26' },
  today: '2026-11-26',
};
const en = draftStatus(base);

/** The Markdown of one `##` section, heading included. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`## ${heading}\n`);
  assert.ok(start >= 0, `no section ${heading}`);
  const end = markdown.indexOf('\n## ', start + 3);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe('draft: the status update', () => {
  it('has every section in order', () => {
    const headings = en.markdown.split('\n').filter((l) => l.startsWith('## '));
    assert.deepEqual(headings, [
      '## Summary',
      '## Delivered',
      '## Fixed',
      '## In progress and next',
      '## Risks and how we are handling them',
      '## Waiting on you',
      '## Decisions needed',
    ]);
    assert.ok(en.markdown.startsWith('# Acme Portal: status update, 26 November 2026\n'));
  });

  it('summarises the period, the phase and every milestone with its health', () => {
    const s = section(en.markdown, 'Summary');
    assert.match(s, /Period: 19 November 2026 to 26 November 2026\./);
    assert.match(s, /Current phase: Delivery\./);
    assert.match(s, /- Invoice export: behind schedule, due 20 November 2026/, 'past due and not done reads as late');
    assert.match(s, /- Beta release: on track, due 15 December 2026/);
    assert.match(s, /- Design sign-off: completed/);
  });

  it('lists delivered features by milestone, then by area, with Client-Notes and PR titles', () => {
    const s = section(en.markdown, 'Delivered');
    assert.match(
      s,
      /### Beta release\n\n- \*\*Checkout\*\*: Add coupon field to (the )?cart page\n- \*\*Checkout\*\*: Show a delivery estimate/,
    );
    assert.match(
      s,
      /### Invoice export\n\n- \*\*Invoices\*\*: Export invoices as CSV for the finance team\n- \*\*Invoices\*\*: Invoices can now be downloaded as PDF from the billing page/,
    );
    assert.match(
      s,
      /### General\n\n- \*\*Public API\*\*: Sign outgoing webhooks \(was using token\)\n- \*\*Public API\*\*: Require an API version header \(important change\)/,
    );
    assert.equal(s.match(/coupon field/g)?.length, 1, 'near-duplicates merged');
  });

  it('lists fixes without ticket ids, PR numbers, hashes or emoji', () => {
    const s = section(draftStatus({ ...base, options: { maxItemsPerSection: 50 } }).markdown, 'Fixed');
    assert.match(s, /\*\*Invoices\*\*: Rounding error on VAT totals/);
    for (const noise of ['PROJ-123', ':bug:', '(#41)', 'a1b2c3d', '✨']) assert.ok(!en.markdown.includes(noise), noise);
  });

  it('hides noise, merges, reverted work, fixups, WIP, bots and Client-Visible: no, and counts why', () => {
    for (const hidden of [
      'initial import',
      'bump eslint',
      'README',
      'cache node modules',
      'edge cases',
      'csv export endpoint',
      'escape commas',
      'Merge',
      'product search',
      'retry logic',
      'lodash',
      'admin metrics',
      'fixup',
      'squash',
    ]) {
      assert.ok(!en.markdown.toLowerCase().includes(hidden.toLowerCase()), hidden);
    }
    assert.deepEqual(en.stats.hidden, {
      merge: 1,
      'in-pull-request': 2,
      fixup: 2,
      revert: 1,
      reverted: 1,
      bot: 1,
      wip: 1,
      'client-hidden': 1,
      noise: 5,
      duplicate: 1,
    });
    assert.equal(en.stats.commits, 34);
  });

  it('caps each section with "and N smaller changes"', () => {
    const capped = draftStatus({ ...base, options: { maxItemsPerSection: 2 } });
    assert.equal(section(capped.markdown, 'Delivered').match(/^- /gm)?.length, 2);
    assert.match(section(capped.markdown, 'Delivered'), /_… and 4 smaller changes_/);
    assert.match(section(capped.markdown, 'Fixed'), /_… and \d+ smaller changes_/);
  });

  it('lists upcoming milestones with the work done on them this period', () => {
    const s = section(en.markdown, 'In progress and next');
    assert.match(s, /- Invoice export \(overdue by 6 days, \d+ changes this period\)/);
    assert.match(s, /- Beta release \(on track, due 15 December 2026, \d+ changes this period\)/);
    assert.match(s, /- Public launch \(planned, due 1 February 2027\)/);
    assert.ok(!s.includes('Design sign-off'));
  });

  it('shows client-visible risks with their mitigation, marks those whose code changed, and keeps internal ones out', () => {
    const s = section(en.markdown, 'Risks and how we are handling them');
    assert.match(
      s,
      /\*\*Payment retries untested under network failure\*\* — How we are handling it: Chaos tests this sprint; manual capture as fallback \(work done on it this period\)/,
    );
    assert.match(s, /\*\*PDF engine is new territory for the team\*\* — We are defining the response/);
    assert.ok(!en.markdown.includes('Legacy auth'));
    assert.ok(en.warnings.some((w) => w.kind === 'red-flag' && w.message.includes('legacy-auth')));
    assert.ok(en.warnings.some((w) => w.kind === 'mitigation' && w.message.includes('pdf-engine')));
  });

  it('lists what the client owes, overdue first, with owners and dates', () => {
    const s = section(en.markdown, 'Waiting on you');
    assert.match(
      s,
      /- Provide production API keys \(with Jeanne Dupont, due 20 November 2026, overdue by 6 days\)\n- Send the final logo files \(with Marc Leroy, due 4 December 2026\)/,
    );
    assert.ok(!s.includes('content brief'));
  });

  it('lists open decisions with who approves and by when', () => {
    const s = section(en.markdown, 'Decisions needed');
    assert.match(s, /- Single sign-on provider \(for approval by Jeanne Dupont, needed by 30 November 2026\)/);
    assert.ok(!s.includes('Hosting region'));
  });

  it('lists beside the draft, never in it, the kind and place of each secret and rewrite, never the secret', () => {
    const messages = en.warnings.map((w) => w.message).join('\n');
    assert.match(
      messages,
      /Something that looks like a GitHub token was removed from “Delivered”, item \d+: check the commit and rotate the secret\./,
    );
    assert.match(messages, /Something that looks like an AWS key was removed from “Fixed”, item \d+/);
    assert.match(messages, /Something that looks like a JSON Web Token was removed/);
    assert.match(messages, /Wording that blamed someone was rewritten/);
    assert.equal(en.stats.secrets, 3);
    assert.equal(en.warnings.filter((w) => w.kind === 'secret').length, 3);
    for (const phrase of ['Review before sending', 'Internal note', 'looks like', 'blamed someone'])
      assert.ok(!en.markdown.includes(phrase) && !en.text.includes(phrase), phrase);
  });

  it('puts each review point on the line of the draft it is about', () => {
    const lines = en.markdown.split('\n');
    const token = en.warnings.find((w) => w.kind === 'secret' && w.message.includes('GitHub token'))!;
    assert.deepEqual(token.place?.heading, 'Delivered');
    assert.match(lines[token.line!]!, /^- .*Sign outgoing webhooks/);
    const flag = en.warnings.find((w) => w.kind === 'red-flag')!;
    assert.equal(lines[flag.line!], '## Risks and how we are handling them');
    const mitigation = en.warnings.find((w) => w.kind === 'mitigation')!;
    assert.match(lines[mitigation.line!]!, /PDF engine is new territory/);
    assert.equal(new Set(en.warnings.map((w) => `${w.kind}${w.message}`)).size, en.warnings.length, 'each point once');
  });

  it('writes the review points in the review language, whatever the client language', () => {
    const d = draftStatus({ ...base, language: 'de', options: { reviewLanguage: 'fr' } });
    assert.ok(
      d.warnings.some((w) =>
        /^Un élément qui ressemble à un jeton GitHub a été retiré de « Geliefert », point \d+/.test(w.message),
      ),
      d.warnings.map((w) => w.message).join('\n'),
    );
    assert.ok(d.warnings.some((w) => w.message.startsWith('Alerte interne « legacy-auth »')));
    assert.ok(!d.markdown.includes('Vor dem Versand') && !d.markdown.includes('vérifier'));
  });

  it('still warns about secrets in commits that the cap left out of the draft', () => {
    const capped = draftStatus({ ...base, options: { maxItemsPerSection: 1 } });
    assert.equal(capped.stats.secrets, 3);
    assert.ok(
      capped.warnings.some(
        (w) => w.kind === 'secret' && /is in a commit that the cap left out of “(Delivered|Fixed)”/.test(w.message),
      ),
    );
    assert.equal(
      capped.warnings.filter((w) => w.kind === 'secret').length,
      3,
      'each secret is a point, shown or left out',
    );
  });

  it('renders plain text for email with the same content and no Markdown', () => {
    assert.match(en.text, /^Acme Portal: status update, 26 November 2026\n={20,}\n/);
    assert.match(en.text, /\nDelivered\n---------\n/);
    assert.match(en.text, /- Checkout: Typo in the total label/);
    assert.ok(!/\*\*|^#/m.test(en.text));
  });

  it('escapes Markdown in commit text', () => {
    const d = draftStatus({
      ...base,
      commits: [{ ...commits[0]!, parents: [], subject: 'feat: support <b>bold</b> and *stars* in names', body: '' }],
    });
    assert.match(d.markdown, /Support \\<b\\>bold\\<\/b\\> and \\\*stars\\\* in names/);
  });

  it('is deterministic and takes the language from project.yaml unless told', () => {
    assert.equal(draftStatus(base).markdown, en.markdown);
    const project = { ...base.project, project: { ...base.project.project, language: 'de' as const } };
    assert.match(draftStatus({ ...base, project }).markdown, /^# Acme Portal: Statusbericht vom 26\. November 2026/);
    assert.match(draftStatus({ ...base, project, language: 'en' }).markdown, /status update/);
  });

  const languages: [Language, (string | RegExp)[]][] = [
    [
      'fr',
      [
        '# Acme Portal : point d’avancement du 26 novembre 2026',
        '## En bref',
        '## Livré',
        '## Corrigé',
        '## En cours et à venir',
        '## Risques et mesures prises',
        '## En attente de votre part',
        '## Décisions à prendre',
        'Période : du 19 novembre 2026 au 26 novembre 2026.',
        'en retard de 6 jours',
        'Ce que nous faisons : Chaos tests',
        'validation attendue de Jeanne Dupont, avant le 30 novembre 2026',
        '(changement important)',
        /… et \d+ modifications mineures/,
      ],
    ],
    [
      'es',
      [
        '# Acme Portal: informe de estado del 26 de noviembre de 2026',
        '## Resumen',
        '## Entregado',
        '## Corregido',
        '## En curso y próximos pasos',
        '## Riesgos y cómo los gestionamos',
        '## Pendiente por su parte',
        '## Decisiones necesarias',
        'Periodo: del 19 de noviembre de 2026 al 26 de noviembre de 2026.',
        'con 6 días de retraso',
        'Cómo lo gestionamos: Chaos tests',
        'pendiente de aprobación por Jeanne Dupont, antes del 30 de noviembre de 2026',
        '(cambio importante)',
        /… y \d+ cambios menores/,
      ],
    ],
    [
      'de',
      [
        '# Acme Portal: Statusbericht vom 26. November 2026',
        '## Überblick',
        '## Geliefert',
        '## Behoben',
        '## In Arbeit und als Nächstes',
        '## Risiken und unsere Maßnahmen',
        '## Wir warten auf Sie',
        '## Anstehende Entscheidungen',
        'Zeitraum: 19. November 2026 bis 26. November 2026.',
        'seit 6 Tagen überfällig',
        'Unsere Maßnahme: Chaos tests',
        'Freigabe durch Jeanne Dupont, bis 30. November 2026',
        '(wichtige Änderung)',
        /… und \d+ kleinere Änderungen/,
      ],
    ],
    ['en', ['## Summary', 'overdue by 6 days', '(important change)', /… and \d+ smaller changes/]],
  ];
  for (const [language, phrases] of languages) {
    it(`writes the draft natively in ${language}, dates included`, () => {
      const d = draftStatus({ ...base, language, options: { maxItemsPerSection: 6 } });
      for (const phrase of phrases) {
        assert.ok(
          typeof phrase === 'string' ? d.markdown.includes(phrase) : phrase.test(d.markdown),
          `${language}: ${phrase}\n${d.markdown}`,
        );
      }
    });
  }
});

describe('draft: options and edge cases', () => {
  const project = acmeProject();
  const one = (subject: string, more: Partial<(typeof commits)[number]> = {}) => ({
    ...commits[0]!,
    parents: [],
    body: '',
    files: ['src/web/a.ts'],
    subject,
    ...more,
  });

  it('says so when nothing client-visible happened, and still lists tasks and decisions', () => {
    const d = draftStatus({
      project,
      commits: [],
      range: { from: new Date(2026, 10, 19), to: new Date(2026, 10, 26) },
      today: new Date(2026, 10, 26, 18),
    });
    assert.match(d.markdown, /No new features were completed this period\./);
    assert.match(d.markdown, /No fixes to report this period\./);
    assert.match(d.markdown, /Period: 19 November 2026 to 26 November 2026\./);
    assert.match(d.markdown, /Provide production API keys/);
    assert.ok(!d.markdown.includes('Review before sending'));
  });

  it('takes noise types, ticket patterns, allowed hosts and .mailmap names from the options', () => {
    const input = {
      project,
      range: { from: '2026-11-19', to: '2026-11-26' },
      today: '2026-11-26',
      commits: [
        one('docs: client guide, see https://help.acme.example/guide'),
        one('feat: TCK42 faster export for Jo Bloggs'),
        one('chore: faster build'),
      ],
    };
    const d = draftStatus({
      ...input,
      options: {
        noiseTypes: ['chore'],
        ticketPatterns: ['TCK\\d+'],
        allowedHosts: ['acme.example'],
        mailmapNames: ['Jo Bloggs'],
      },
    });
    assert.match(d.markdown, /Client guide, see https:\/\/help\.acme\.example\/guide/);
    assert.match(d.markdown, /Faster export for the team/);
    assert.ok(!d.markdown.includes('TCK42') && !d.markdown.includes('faster build'));
    assert.ok(!draftStatus(input).markdown.includes('Client guide'), 'docs is noise by default');
  });

  it('ignores ticket and URL patterns that are not regular expressions, and says so', () => {
    const d = draftStatus({
      project,
      commits: [one('feat: TCK42 faster export')],
      range: { from: '2026-11-19', to: '2026-11-26' },
      today: '2026-11-26',
      options: { ticketPatterns: ['TCK\\d+', '(unclosed'], internalUrlPatterns: ['[bad'] },
    });
    assert.match(d.markdown, /- Faster export/);
    assert.deepEqual(
      d.warnings.filter((w) => w.kind === 'option').map((w) => w.message),
      [
        '“(unclosed” is not a valid regular expression: it was ignored.',
        '“[bad” is not a valid regular expression: it was ignored.',
      ],
    );
  });

  it('drops a line that redaction left empty, and counts it', () => {
    const d = draftStatus({
      project,
      commits: [one('feat: @sofia-dev')],
      range: { from: '2026-11-19', to: '2026-11-26' },
      today: '2026-11-26',
    });
    assert.equal(d.stats.hidden.empty, 1);
    assert.match(d.markdown, /No new features were completed this period\./);
  });

  it('redacts project.yaml texts too and places their findings under the section', () => {
    const flags = project.red_flags.map((f) =>
      f.id === 'payment-retries' ? { ...f, mitigation: 'Paul reruns it with password=hunter2 nightly' } : f,
    );
    const d = draftStatus({
      project: { ...project, red_flags: flags },
      commits: [],
      range: { from: '2026-11-19', to: '2026-11-26' },
      today: '2026-11-26',
    });
    assert.ok(!d.markdown.includes('hunter2') && !d.markdown.includes('Paul'));
    assert.ok(
      d.warnings.some((w) =>
        w.message.startsWith(
          'Something that looks like a password was removed from “Risks and how we are handling them”',
        ),
      ),
    );
  });

  it('reports names caught by the final check over the whole document', () => {
    const withTeamOwner = {
      ...project,
      client_tasks: [{ id: 'x', title: 'Review the copy', owner: 'Paul Martin', status: 'open' as const }],
    };
    const d = draftStatus({
      project: withTeamOwner,
      commits: [],
      range: { from: '2026-11-19', to: '2026-11-26' },
      today: '2026-11-26',
    });
    assert.ok(!d.markdown.includes('Paul'));
    assert.ok(d.warnings.some((w) => w.kind === 'redaction'));
  });
});
