import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { draftStatus } from '../../../src/core/draft/index';
import type { Commit } from '../../../src/core/git/commit';
import { LANGUAGES, type ProjectFile } from '../../../src/core/model/schema';
import { acmeProject, aCommit, parseGitLog } from './draftHelpers';
import { leaks } from './draftScenario';

const acme = parseGitLog(fs.readFileSync(path.join(__dirname, '../../fixtures/gitlog/acme.log'), 'utf8'));
const range = { from: '2026-11-19', to: '2026-11-26' };

describe('draft: nothing internal reaches the client', () => {
  for (const language of LANGUAGES) {
    it(`keeps names, emails, handles, trailers, URLs, secrets and blame out of the ${language} draft`, () => {
      const d = draftStatus({ project: acmeProject(), commits: acme, range, today: '2026-11-26', language, options: { maxItemsPerSection: 100 } });
      assert.deepEqual(leaks(d.markdown), [], d.markdown);
      assert.deepEqual(leaks(d.text), [], d.text);
    });
  }

  it('never contains generated team names, emails, handles or tokens, wherever they sit in a commit', () => {
    const name = fc.tuple(fc.constantFrom(...'BCDÉFGHKLMNÑPRSTVZ'), fc.stringMatching(/^[aeiouéèüö][a-zéñüöç]{3,6}$/)).map(([a, b]) => a + b);
    const person = fc.record({ first: name, last: name, inProject: fc.boolean() });
    const token = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9]{36}$/).map((s) => `ghp_${s}`),
      fc.stringMatching(/^[A-Z0-9]{16}$/).map((s) => `AKIA${s}`),
      fc.stringMatching(/^[A-Za-z0-9_-]{12,30}$/).map((s) => `eyJhbGciOiJIUzI1NiJ9.eyJ${s}.${s}x`),
    );
    const words = fc.array(fc.constantFrom('add', 'fix', 'export', 'the', 'invoice', 'page', 'with', 'for', 'cart', 'search', 'thanks'), { minLength: 1, maxLength: 6 });
    const message = fc.record({
      type: fc.constantFrom('feat', 'fix', 'feat(checkout)', 'fix(api)!', ''),
      words,
      who: fc.nat(2),
      form: fc.constantFrom('full', 'FULL', 'first', 'last', 'email', 'handle', 'blame', 'trailer'),
      token: fc.option(token, { nil: undefined }),
      note: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(person, { minLength: 3, maxLength: 3 }), fc.array(message, { minLength: 1, maxLength: 12 }), (people, messages) => {
        const email = (p: (typeof people)[number]) => `${p.first.toLowerCase()}.${p.last.toLowerCase()}@agency.dev`;
        const mention = (p: (typeof people)[number], form: string) =>
          ({ full: `${p.first} ${p.last}`, FULL: `${p.first} ${p.last}`.toUpperCase(), first: p.first, last: p.last, email: email(p), handle: `@${p.first.toLowerCase()}`, blame: `because of ${p.first}`, trailer: '' })[form]!;
        const commits: Commit[] = messages.map((m, i) => {
          const p = people[m.who]!;
          const text = [...m.words, mention(p, m.form), m.token ?? ''].join(' ');
          const subject = `${m.type ? `${m.type}: ` : ''}${m.note ? 'add search' : text}`;
          const body = [m.note ? `Client-Note: ${text}` : '', `Co-authored-by: ${p.first} ${p.last} <${email(p)}>`].join('\n');
          return aCommit(subject, { hash: i.toString(16).padStart(40, '0'), body, authorName: `${p.first} ${p.last}`, authorEmail: email(p) });
        });
        const base = acmeProject();
        const team = people.filter((p) => p.inProject).map((p) => ({ name: `${p.first} ${p.last}`, aliases: [p.first.toLowerCase()] }));
        const project: ProjectFile = { ...base, team };
        const d = draftStatus({ project, commits, range, today: '2026-11-26', options: { maxItemsPerSection: 100 } });
        for (const out of [d.markdown, d.text]) {
          for (const p of people) {
            assert.ok(!out.toLowerCase().includes(`${p.first} ${p.last}`.toLowerCase()), `full name ${p.first} ${p.last}`);
            assert.ok(!new RegExp(`(?<![\\p{L}])(${p.first}|${p.last})(?![\\p{L}])`, 'u').test(out), `name part of ${p.first} ${p.last}\n${out}`);
            assert.ok(!out.includes(email(p)) && !out.includes('@agency.dev'), 'email');
          }
          assert.ok(!/@[a-z]/.test(out), 'handle');
          assert.ok(!/ghp_|AKIA|eyJ|Co-authored-by|Client-Note/.test(out), `token or trailer\n${out}`);
          assert.ok(!/because of/.test(out), 'blame');
        }
      }),
      { numRuns: 150, seed: 20261126 },
    );
  });
});
