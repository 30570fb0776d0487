// The draft harness's checks (bench/_draftChecks.ts) on drafts written here: each defect class is seen, and a
// real draft of clean commits passes every check, so the harness cannot drift from Candor's own phrases.
import assert from 'node:assert/strict';
import { peopleOf, readDraft, type CheckContext } from '../../../bench/_draftChecks';
import { redactionSources } from '../../../bench/drafts';
import { draftStatus } from '../../../src/core/draft';
import { loadProject } from '../../../src/core/model/load';

const ctx: CheckContext = {
  projectName: 'Acme',
  milestoneTitles: [],
  people: peopleOf(['Jane Doe', 'bob', 'jdoe-42', 'GitHub']),
  topFolders: ['t', 'activerecord'],
};

const HEADINGS = [
  'Summary',
  'Delivered',
  'Fixed',
  'In progress and next',
  'Risks and how we are handling them',
  'Waiting on you',
  'Decisions needed',
];

function draftWith(delivered: string[], extra: string[] = []): string {
  const sections = HEADINGS.map((h) =>
    h === 'Delivered' ? [`## ${h}`, '', ...delivered, ''] : [`## ${h}`, '', 'Nothing.', ''],
  );
  return ['# Acme: status update, 22 August 2026', '', ...sections.flat(), ...extra].join('\n');
}

describe('bench: draft harness checks', () => {
  it('sees each class of defect in a hand-written draft', () => {
    const reading = readDraft(
      draftWith(
        [
          '- **t**: Add the export thanks to Jane Doe',
          '- **activerecord**: Rewrite tests for',
          '- **docs**: Use `foo\\_bar` in the team-file',
          '- Respect the root (fix)',
          '- Fixed -- Added a page',
          '- Mail jdoe@example.com or @jdoe about it',
          '- Fix --exclude with --all in GitHub Actions for @vitejs/devtools',
        ],
        ['## Review before sending', '', 'Internal note.'],
      ),
      ctx,
    );
    assert.equal(reading.items.Delivered, 7);
    assert.equal(reading.counts['ticket or area prefix left in'], 1);
    assert.equal(reading.counts['name of the range left in'], 1);
    assert.deepEqual(reading.labels, { t: 1, activerecord: 1, docs: 1 });
    assert.equal(reading.folderLabels, 2);
    assert.equal(reading.topFolderLabels, 1);
    for (const check of [
      'name of the range left in',
      'dangling line',
      'escape inside a code span',
      '"the team" substituted in an item',
      'gap left by a removal',
      'ticket or area prefix left in',
      'email left in',
      'handle left in',
      'review section in the draft',
    ]) {
      assert.ok(reading.failures[check], `${check} not seen: ${JSON.stringify(reading.failures)}`);
    }
  });

  it('finds a damaged heading and title', () => {
    const reading = readDraft(
      draftWith(['- Add export']).replace('# Acme', '# the team').replace('Risks and how', 'Risks and the team'),
      ctx,
    );
    assert.ok(reading.failures['title damaged']);
    assert.deepEqual(reading.failures['heading damaged'], [
      'missing "Risks and how we are handling them"',
      'Risks and the team we are handling them',
    ]);
  });

  it('passes a real draft of clean commits on every check', () => {
    const loaded = loadProject(
      'version: 1\nproject: { name: Acme, client: Example Client, language: en }\nmilestones:\n  - { id: m1, title: Checkout milestone, due: 2026-09-30, paths: ["src/**"] }\n',
    );
    assert.ok(loaded.ok);
    const commit = (i: number, subject: string) => ({
      hash: String(i).padStart(40, '0'),
      parents: [String(i + 1).padStart(40, '0')],
      authorName: 'Jane Doe',
      authorEmail: 'jane@agency.example',
      committerName: 'Jane Doe',
      committerEmail: 'jane@agency.example',
      date: '2026-08-20T10:00:00Z',
      subject,
      body: '',
      files: ['src/checkout/pay.ts'],
    });
    const draft = draftStatus({
      project: loaded.value.file,
      commits: [commit(1, 'feat: pay by card'), commit(2, 'fix: round totals')],
      range: { from: '2026-08-15', to: '2026-08-22' },
      today: '2026-08-22',
    });
    const reading = readDraft(draft.markdown, {
      ...ctx,
      milestoneTitles: ['Checkout milestone'],
      people: peopleOf(['Jane Doe']),
    });
    assert.deepEqual(reading.failures, {});
    assert.equal(reading.period, 'Period: 15 August 2026 to 22 August 2026.');
  });

  it('counts redactions by source wherever a draft lists its removals, and says nothing when none does', () => {
    assert.equal(redactionSources({ markdown: '', stats: { redactions: 2 } }), undefined);
    const explained = {
      explain: [
        {
          commit: 'a',
          removals: [
            { word: 'Jane', source: 'author' },
            { word: 'jdoe', source: 'mailmap' },
          ],
        },
        { commit: 'b', removals: [{ word: 'Jane', source: 'author' }] },
      ],
    };
    assert.deepEqual(redactionSources(explained), { author: 2, mailmap: 1 });
    assert.deepEqual(redactionSources({ explain: [{ hash: 'a', removed: [{ text: 'Jane', source: 'name' }] }] }), {
      name: 1,
    });
  });
});
