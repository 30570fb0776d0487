import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { draftStatus, renderExplain, type ExplainEntry } from '../../../src/core/draft/index';
import { explainCommits, removedWords } from '../../../src/core/draft/explain';
import { LANGUAGES } from '../../../src/core/model/vocabulary';
import { acmeProject, aCommit, commitsOf } from './draftHelpers';
import { FAKE_GITHUB_TOKEN } from './draftScenario';

const commits = commitsOf(fs.readFileSync(path.join(__dirname, '../../fixtures/gitlog/acme.log'), 'utf8'));
const base = { project: acmeProject(), commits, range: { from: '2026-11-19', to: '2026-11-26' }, today: '2026-11-26' };
const d = draftStatus(base);
const entryOf = (subject: string | RegExp): ExplainEntry => {
  const found = d.explain.find((e) => (typeof subject === 'string' ? e.subject === subject : subject.test(e.subject)));
  assert.ok(found, `no entry for ${subject}`);
  return found;
};

describe('draft: why each line is there', () => {
  it('has one entry per commit of the range, in git log order', () => {
    assert.deepEqual(
      d.explain.map((e) => e.hash),
      commits.map((c) => c.hash),
    );
  });

  it('gives each hidden commit the reason the counts give', () => {
    const hidden: Record<string, number> = {};
    for (const e of d.explain) {
      const reason =
        e.outcome.kind === 'hidden' ? e.outcome.reason : e.outcome.kind === 'merged' ? 'duplicate' : undefined;
      if (reason) hidden[reason] = (hidden[reason] ?? 0) + 1;
    }
    assert.deepEqual(hidden, d.stats.hidden);
    assert.deepEqual(entryOf('chore: bump eslint').outcome, { kind: 'hidden', reason: 'noise' });
    assert.deepEqual(entryOf(/^fixup! /).outcome, { kind: 'hidden', reason: 'fixup' });
    assert.deepEqual(entryOf(/^Bump lodash/).outcome, { kind: 'hidden', reason: 'bot' });
    assert.deepEqual(entryOf('feat: internal admin metrics page').outcome, { kind: 'hidden', reason: 'client-hidden' });
  });

  it('places each line of Delivered and Fixed on its line of the Markdown, with the commits behind it', () => {
    const lines = d.markdown.split('\n');
    const items = d.explain.filter((e) => e.outcome.kind === 'item');
    const listed = (heading: string) =>
      d.markdown.split(`## ${heading}\n`)[1]!.split('\n## ')[0]!.match(/^- /gm)?.length ?? 0;
    assert.equal(items.length, listed('Delivered') + listed('Fixed'));
    const pdf = entryOf('feat: export invoices as PDF').outcome;
    assert.ok(pdf.kind === 'item' && pdf.place.heading === 'Delivered');
    assert.match(lines[pdf.line!]!, /Invoices can now be downloaded as PDF/);
  });

  it('says which line a near-duplicate was merged into', () => {
    const first = entryOf(/^feat\(checkout\): add coupon field to the cart page/);
    const again = entryOf('feat(checkout): add coupon field to cart page');
    const [kept, merged] = first.outcome.kind === 'merged' ? [again, first] : [first, again];
    assert.equal(kept.outcome.kind, 'item');
    assert.ok(merged.outcome.kind === 'merged' && merged.outcome.into === kept.hash);
    assert.equal(merged.outcome.line, kept.outcome.kind === 'item' ? kept.outcome.line : -1);
  });

  it('tells the lines the cap left out from the hidden ones, as many as "and N smaller changes" says', () => {
    const capped = draftStatus({ ...base, options: { maxItemsPerSection: 2 } });
    const n = Number(/_… and (\d+) smaller changes_/.exec(capped.markdown.split('## Delivered')[1]!)![1]);
    assert.equal(
      capped.explain.filter((e) => e.outcome.kind === 'capped' && e.outcome.section === 'Delivered').length,
      n,
    );
  });

  it('lists the ids and emoji removed from a subject, and never repeats a secret', () => {
    const vat = entryOf(/rounding error on VAT totals/);
    assert.deepEqual(vat.removed, [
      { text: 'PROJ-123', source: 'internal-id' },
      { text: ':bug:', source: 'internal-id' },
    ]);
    const webhooks = entryOf(/^feat\(webhooks\)/);
    assert.ok(!webhooks.subject.includes(FAKE_GITHUB_TOKEN), webhooks.subject);
    assert.ok(!JSON.stringify(d.explain).includes(FAKE_GITHUB_TOKEN));
  });

  it('reports the words the redactor removed, with its reason, masking secrets', () => {
    const commit = aCommit('feat: faster export');
    const removed = new Map([
      [
        commit.hash,
        [
          { text: 'Paul', source: 'name' },
          { text: FAKE_GITHUB_TOKEN, source: 'secret' },
        ],
      ],
    ]);
    const [entry] = explainCommits([commit], new Map(), { removed, empty: new Set() }, [], () => undefined);
    assert.deepEqual(entry!.removed, [
      { text: 'Paul', source: 'name' },
      { text: '•••', source: 'secret' },
    ]);
    assert.match(renderExplain([entry!], 'en'), /words removed: "Paul" \(name\), "•••" \(secret\)/);
  });

  it('compares words without case or edge punctuation when listing what a cleaning step removed', () => {
    assert.deepEqual(removedWords('fix (#41) the cart.', 'Fix the cart', 'internal-id'), [
      { text: '(#41)', source: 'internal-id' },
    ]);
  });

  for (const language of LANGUAGES) {
    it(`renders the explanation in ${language}, one block per commit`, () => {
      const text = renderExplain(d.explain, language);
      assert.ok(
        text.startsWith(
          `${{ en: 'Why each line is there', fr: 'Pourquoi chaque ligne est là', es: 'Por qué está cada línea', de: 'Warum jede Zeile da ist' }[language]}`,
        ),
        text,
      );
      for (const c of commits) assert.ok(text.includes(`\n${c.hash.slice(0, 7)} `), c.subject);
      assert.ok(!text.includes(FAKE_GITHUB_TOKEN));
    });
  }
});
