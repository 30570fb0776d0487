import assert from 'node:assert/strict';
import { buildBrief } from '../../../../src/core/brief';
import { againstPlanLabel } from '../../../../src/core/dates';
import { draftStatus } from '../../../../src/core/draft/index';
import { applyEdits, moveMilestone } from '../../../../src/core/edits/actions';
import { de } from '../../../../src/core/lang/de/words';
import { es } from '../../../../src/core/lang/es/words';
import { fr } from '../../../../src/core/lang/fr/words';
import { loadProject } from '../../../../src/core/model/load';
import { buildOutline, type OutlineNode } from '../../../../src/core/outline';
import { acmeProject } from '../draftHelpers';

const TEXT = `version: 1
project: { name: A, client: B, language: en }
milestones:
  - { id: beta, title: Beta, due: 2026-12-15, status: on-track }
`;

/** The project after the tree moved Beta by five days. */
function slipped() {
  const result = moveMilestone(TEXT, 'beta', '2026-12-20');
  assert.ok(result.ok);
  const loaded = loadProject(applyEdits(TEXT, result.edits));
  assert.ok(loaded.ok);
  return loaded;
}

describe('a milestone moved against its plan', () => {
  it('says how far it slipped in the tree', () => {
    const find = (n: OutlineNode): OutlineNode | undefined =>
      n.kind === 'milestone' ? n : n.children.map(find).find(Boolean);
    const row = find(buildOutline('k', slipped(), '2026-12-01'));
    assert.equal(row?.description, 'on-track · +5 days against plan · 19 days left · 2026-12-20');
  });

  it('says it in the brief, among the milestones at risk', () => {
    const brief = buildBrief({
      project: slipped().value.file,
      today: '2026-12-01',
      git: { read: false, reason: 'no repository' },
    });
    const section = brief.sections.find((s) => s.id === 'milestones-at-risk')!;
    assert.match(JSON.stringify(section.groups), /Beta.*\+5 days against plan/);
  });

  it("says it in the client's draft, in the client's language", () => {
    const project = acmeProject();
    const first = project.milestones[0]!;
    const moved = { ...project, milestones: [{ ...first, baseline: first.due, due: '2027-03-01' }] };
    const days = (Date.parse('2027-03-01') - Date.parse(first.due)) / 86_400_000;
    const draft = draftStatus({
      project: moved,
      commits: [],
      range: { from: '2026-11-19', to: '2026-11-26' },
      today: '2026-11-26',
    });
    assert.ok(draft.markdown.includes(`+${days} days against plan`), draft.markdown);
  });

  it('reads in every language, and is silent on plan', () => {
    assert.deepEqual(
      [fr, es, de].map((w) => againstPlanLabel({ baseline: '2026-12-15', due: '2026-12-20' }, w.dates)),
      ['+5 jours par rapport au plan', '+5 días respecto al plan', '+5 Tage gegenüber dem Plan'],
    );
    assert.equal(againstPlanLabel({ baseline: '2026-12-15', due: '2026-12-14' }), '-1 day against plan');
    assert.equal(againstPlanLabel({ baseline: '2026-12-15', due: '2026-12-15' }), undefined);
    assert.equal(againstPlanLabel({ due: '2026-12-15' }), undefined);
  });
});
