import assert from 'node:assert/strict';
import { contextValueOf } from '../../../../src/core/edits/contextValue';
import { loadProject } from '../../../../src/core/model/load';
import { buildOutline, type OutlineNode } from '../../../../src/core/outline';

const TEXT = `version: 1
project: { name: A, client: B }
milestones:
  - { id: beta, title: Beta, due: 2026-12-15, status: at-risk }
client_tasks:
  - { id: keys, title: Keys, status: blocked }
decisions:
  - { id: sso, question: SSO? }
red_flags:
  - { id: retries, title: Retries, mitigation: Chaos tests }
  - { id: vat, title: VAT, status: mitigated }
`;

describe('the context values of tree rows', () => {
  it('carry the state that decides which actions the menus offer', () => {
    const loaded = loadProject(TEXT);
    assert.ok(loaded.ok);
    const rows: string[] = [];
    const walk = (n: OutlineNode) => (rows.push(contextValueOf(n, loaded.value.file)), n.children.forEach(walk));
    walk(buildOutline('file:///w', loaded, '2026-11-30'));
    for (const value of [
      'project',
      'section.client_tasks',
      'section.decisions',
      'section.red_flags',
      'section.milestones',
      'clientTask.blocked',
      'decision.open',
      'milestone.at-risk',
      'redFlag.open',
      'redFlag.mitigated.unmitigated',
    ]) {
      assert.ok(rows.includes(value), `${value} in ${rows.join(', ')}`);
    }
  });
});
