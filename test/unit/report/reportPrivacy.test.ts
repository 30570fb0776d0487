import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { renderSite } from '../../../src/core/report/html';
import { buildClientPage } from '../../../src/core/report/model';
import { LANGUAGES } from '../../../src/core/model/vocabulary';
import type { ProjectFile } from '../../../src/core/model/schema';
import { markdownRenderer } from '../../../src/node/report';
import { exampleProject, exampleSecrets } from './reportFixtures';
import { buildExampleSite } from './siteBuilder';

/** What of `secrets` appears in `html`: names as whole words (any case), the rest anywhere. */
function leaks(html: string, secrets: readonly string[]): string[] {
  const lower = html.toLowerCase();
  return secrets.filter((s) => {
    if (!/^[\p{L} .'-]+$/u.test(s)) return lower.includes(s.toLowerCase());
    return new RegExp(`(?<![\\p{L}\\p{N}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu').test(
      html,
    );
  });
}

describe('the client page keeps internal things internal', () => {
  it('has no team name, alias, email, handle, internal link, path or internal red flag on the example’s pages', async () => {
    const built = await buildExampleSite();
    try {
      const secrets = exampleSecrets(exampleProject());
      const files = [
        built.index,
        ...fs.readdirSync(path.join(built.site, 'updates')).map((f) => path.join(built.site, 'updates', f)),
      ];
      assert.equal(files.length, 3);
      for (const file of files) assert.deepEqual(leaks(fs.readFileSync(file, 'utf8'), secrets), [], file);
    } finally {
      fs.rmSync(built.dir, { recursive: true, force: true });
    }
  });

  it('has none of them on the pages of any generated project, in any language', () => {
    const syllable = fc.constantFrom('ba', 'ko', 'ri', 'zu', 'mé', 'ta', 'vo', 'ny', 'lé', 'gu');
    const word = fc.array(syllable, { minLength: 2, maxLength: 3 }).map((s) => s.join(''));
    const member = fc.record({
      first: word,
      last: word,
      login: word,
      host: fc.constantFrom('lumen.example', 'agency.test'),
    });
    const form = fc.constantFrom('full', 'first', 'last', 'login', 'email', 'handle', 'url', 'UPPER');
    const arb = fc.record({
      team: fc.uniqueArray(member, { minLength: 1, maxLength: 4, selector: (m) => m.first }),
      mentions: fc.array(
        fc.tuple(
          fc.nat(3),
          form,
          fc.constantFrom('milestone', 'task', 'decision', 'outcome', 'flag', 'mitigation', 'update', 'owner'),
        ),
        { maxLength: 12 },
      ),
      language: fc.constantFrom(...LANGUAGES),
      internalFlags: fc.nat(3),
    });
    fc.assert(
      fc.property(arb, ({ team, mentions, language, internalFlags }) => {
        const people = team.map((m) => ({ ...m, first: cap(m.first), last: cap(m.last) }));
        const say = (i: number, f: string) => {
          const p = people[i % people.length]!;
          return {
            full: `${p.first} ${p.last}`,
            first: p.first,
            last: p.last,
            login: p.login,
            email: `${p.login}@${p.host}`,
            handle: `@${p.login}`,
            url: `https://${p.host}/${p.login}/board`,
            UPPER: `${p.first} ${p.last}`.toUpperCase(),
          }[f]!;
        };
        const texts = new Map<string, string[]>();
        for (const [i, f, where] of mentions)
          texts.set(where, [...(texts.get(where) ?? []), `handled with ${say(i, f)} today`]);
        const t = (where: string) => (texts.get(where) ?? []).join(', ') || `plain ${where}`;
        const project: ProjectFile = {
          version: 1,
          project: { name: 'Portal', client: 'Client Co', language, phase: 'build' },
          team: people.map((p) => ({ name: `${p.first} ${p.last}`, aliases: [p.login, `${p.login}@${p.host}`] })),
          client: { contacts: [{ name: 'Jeanne Dupont', approves: ['scope'] }], departments: [] },
          phases: [
            {
              id: 'build',
              title: `Build ${t('phase')}`,
              checklist: [{ id: 'a', text: 'internal checklist', done: true }],
            },
          ],
          milestones: [
            {
              id: 'm',
              title: `Beta ${t('milestone')}`,
              due: '2026-12-15',
              status: 'at-risk',
              paths: ['src/zzsecretpath/**'],
            },
          ],
          client_tasks: [
            {
              id: 'k',
              title: `Keys ${t('task')}`,
              owner: `Jeanne Dupont ${t('owner')}`,
              due: '2026-11-20',
              status: 'open',
            },
          ],
          decisions: [
            { id: 'd', question: `SSO ${t('decision')}`, needs: ['Jeanne Dupont'], status: 'open' },
            { id: 'e', question: 'Export', status: 'decided', outcome: `CSV ${t('outcome')}` },
          ],
          red_flags: [
            {
              id: 'v',
              title: `Retries ${t('flag')}`,
              kind: 'untested',
              severity: 'high',
              mitigation: `Chaos tests ${t('mitigation')}`,
              client_visible: true,
              status: 'open',
              paths: ['src/zzsecretpath/x.ts'],
            },
            ...Array.from({ length: internalFlags }, (_, i) => ({
              id: `i${i}`,
              title: `Zzinternalflag${i} fragile`,
              kind: 'other' as const,
              severity: 'low' as const,
              mitigation: `Zzinternalfix${i}`,
              client_visible: false,
              status: 'open' as const,
            })),
          ],
        };
        const history = [
          {
            name: '2026-11-26.md',
            markdown: `# Update\n\n- ${t('update')}\n- [board](https://${people[0]!.host}/x)\n`,
          },
        ];
        const site = renderSite(buildClientPage({ project, history, today: '2026-11-29' }), markdownRenderer());
        const secrets = [
          ...people.flatMap((p) => [p.first, p.last, p.login, `${p.login}@${p.host}`, p.host]),
          'zzsecretpath',
          'Zzinternalflag',
          'Zzinternalfix',
          'internal checklist',
        ];
        for (const [file, html] of site)
          assert.deepEqual(leaks(html, secrets), [], `${file}:\n${html.slice(html.indexOf('<body>'))}`);
        assert.ok(site.get('index.html')!.includes('Jeanne Dupont'), 'client contacts stay');
      }),
      { numRuns: 60, seed: 20261129 },
    );
  });
});

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
