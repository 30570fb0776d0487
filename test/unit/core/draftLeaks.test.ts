import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { draftStatus } from '../../../src/core/draft/index';
import { phrasesFor } from '../../../src/core/draft/phrases';
import { reviewPhrasesFor } from '../../../src/core/draft/reviewPhrases';
import { findCues } from '../../../src/core/draft/cues';
import { createRedactor, redactionNames } from '../../../src/core/draft/redact';
import type { Commit } from '../../../src/core/git/commit';
import { LANGUAGES } from '../../../src/core/model/vocabulary';
import type { ProjectFile } from '../../../src/core/model/schema';
import { acmeProject, aCommit, commitsOf } from './draftHelpers';
import { leaks } from './draftScenario';

const acme = commitsOf(fs.readFileSync(path.join(__dirname, '../../fixtures/gitlog/acme.log'), 'utf8'));
const range = { from: '2026-11-19', to: '2026-11-26' };

// Generated identities and secrets, shared by the properties below.
const name = fc
  .tuple(fc.constantFrom(...'BCDÉFGHKLMNÑPRSTVZ'), fc.stringMatching(/^[aeiouéèüö][a-zéñüöç]{3,6}$/))
  .map(([a, b]) => a + b);
const person = fc.record({ first: name, last: name, inProject: fc.boolean() });
const token = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9]{36}$/).map((s) => `ghp_${s}`),
  fc.stringMatching(/^[A-Z0-9]{16}$/).map((s) => `AKIA${s}`),
  fc.stringMatching(/^[A-Za-z0-9_-]{12,30}$/).map((s) => `eyJhbGciOiJIUzI1NiJ9.eyJ${s}.${s}x`),
);
// Pieces of hostile text: line breaks that would open a heading, a list or a setext underline, terminal
// sequences (YAML's \e, \a, \u009b), DEL, NUL, bidi overrides, and Markdown.
const hostile = fc
  .array(
    fc.constantFrom(
      'Beta',
      'launch',
      'export',
      ' ',
      '\n',
      '\r\n',
      '\r',
      '# ',
      '## Injected',
      '\n===\n',
      '\n---\n',
      '\n- item',
      '\n1. item',
      '\u001b]0;pwned\u0007',
      '\u009b31m',
      '\u202e',
      '\u2066',
      '\u007f',
      '\t',
      '\u0000',
      '\u0085',
      '\u2028',
      '*',
      '_',
      '<b>',
      '[x](y)',
      '> quote',
      '`',
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(''));
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('draft: nothing internal reaches the client', () => {
  for (const language of LANGUAGES) {
    it(`keeps names, emails, handles, trailers, URLs, secrets and blame out of the ${language} draft`, () => {
      const d = draftStatus({
        project: acmeProject(),
        commits: acme,
        range,
        today: '2026-11-26',
        language,
        options: { maxItemsPerSection: 100 },
      });
      assert.deepEqual(leaks(d.markdown), [], d.markdown);
      assert.deepEqual(leaks(d.text), [], d.text);
    });
  }

  it('never contains generated team names, emails, handles or tokens, wherever they sit in a commit', () => {
    const words = fc.array(
      fc.constantFrom('add', 'fix', 'export', 'the', 'invoice', 'page', 'with', 'for', 'cart', 'search', 'thanks'),
      { minLength: 1, maxLength: 6 },
    );
    const message = fc.record({
      type: fc.constantFrom('feat', 'fix', 'feat(checkout)', 'fix(api)!', ''),
      words,
      who: fc.nat(2),
      form: fc.constantFrom('full', 'FULL', 'first', 'last', 'email', 'handle', 'blame', 'trailer'),
      token: fc.option(token, { nil: undefined }),
      note: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 3, maxLength: 3 }),
        fc.array(message, { minLength: 1, maxLength: 12 }),
        (people, messages) => {
          const email = (p: (typeof people)[number]) => `${p.first.toLowerCase()}.${p.last.toLowerCase()}@agency.dev`;
          const mention = (p: (typeof people)[number], form: string) =>
            ({
              full: `${p.first} ${p.last}`,
              FULL: `${p.first} ${p.last}`.toUpperCase(),
              first: p.first,
              last: p.last,
              email: email(p),
              handle: `@${p.first.toLowerCase()}`,
              blame: `because of ${p.first}`,
              trailer: '',
            })[form]!;
          const commits: Commit[] = messages.map((m, i) => {
            const p = people[m.who]!;
            const text = [...m.words, mention(p, m.form), m.token ?? ''].join(' ');
            const subject = `${m.type ? `${m.type}: ` : ''}${m.note ? 'add search' : text}`;
            const body = [
              m.note ? `Client-Note: ${text}` : '',
              `Co-authored-by: ${p.first} ${p.last} <${email(p)}>`,
            ].join('\n');
            return aCommit(subject, {
              hash: i.toString(16).padStart(40, '0'),
              body,
              authorName: `${p.first} ${p.last}`,
              authorEmail: email(p),
            });
          });
          const base = acmeProject();
          const team = people
            .filter((p) => p.inProject)
            .map((p) => ({ name: `${p.first} ${p.last}`, aliases: [p.first.toLowerCase()] }));
          const project: ProjectFile = { ...base, team };
          const d = draftStatus({ project, commits, range, today: '2026-11-26', options: { maxItemsPerSection: 100 } });
          for (const out of [d.markdown, d.text]) {
            for (const p of people) {
              assert.ok(
                !out.toLowerCase().includes(`${p.first} ${p.last}`.toLowerCase()),
                `full name ${p.first} ${p.last}`,
              );
              assert.ok(
                !new RegExp(`(?<![\\p{L}])(${p.first}|${p.last})(?![\\p{L}])`, 'u').test(out),
                `name part of ${p.first} ${p.last}\n${out}`,
              );
              assert.ok(!out.includes(email(p)) && !out.includes('@agency.dev'), 'email');
            }
            assert.ok(!/@[a-z]/.test(out), 'handle');
            assert.ok(!/ghp_|AKIA|eyJ|Co-authored-by|Client-Note/.test(out), `token or trailer\n${out}`);
            assert.ok(!/because of/.test(out), 'blame');
          }
        },
      ),
      { numRuns: 150, seed: 20261126 },
    );
  });

  it('copies, saves and prints only client text: no review, secret, identity, control character or foreign heading', () => {
    const reviewHeadings = LANGUAGES.map((l) => reviewPhrasesFor(l).heading);
    const projectText = fc.record({
      name: hostile,
      milestone: hostile,
      flag: hostile,
      mitigation: fc.option(hostile, { nil: undefined }),
      task: hostile,
      question: hostile,
      phase: hostile,
    });
    const commitText = fc.record({
      type: fc.constantFrom('feat', 'fix', 'feat(checkout)', 'fix(api)!', 'chore', ''),
      text: hostile,
      token: fc.option(token, { nil: undefined }),
      note: fc.boolean(),
      inFlag: fc.boolean(),
    });
    fc.assert(
      fc.property(
        projectText,
        fc.option(token, { nil: undefined }),
        person,
        fc.array(commitText, { minLength: 1, maxLength: 10 }),
        fc.constantFrom(...LANGUAGES),
        (t, secret, who, messages, language) => {
          const base = acmeProject();
          const withSecret = (text: string) => (secret ? `${text} ${secret}` : text);
          const project: ProjectFile = {
            ...base,
            project: { ...base.project, name: t.name, language },
            team: [...base.team, { name: `${who.first} ${who.last}`, aliases: [who.first.toLowerCase()] }],
            phases: base.phases.map((ph) => (ph.id === base.project.phase ? { ...ph, title: t.phase } : ph)),
            milestones: base.milestones.map((m, i) => (i === 0 ? { ...m, title: t.milestone } : m)),
            red_flags: base.red_flags.map((f, i) =>
              i === 0 ? { ...f, title: t.flag, mitigation: t.mitigation && withSecret(t.mitigation) } : f,
            ),
            client_tasks: base.client_tasks.map((c, i) => (i === 0 ? { ...c, title: withSecret(t.task) } : c)),
            decisions: base.decisions.map((d, i) => (i === 0 ? { ...d, question: t.question } : d)),
          };
          const commits: Commit[] = messages.map((m, i) => {
            const text = [m.text, `by ${who.first} ${who.last}`, m.token ?? ''].join(' ');
            const subject = `${m.type ? `${m.type}: ` : ''}${m.note ? 'add search' : text.split(/[\r\n]/)[0]}`;
            const files = m.inFlag ? ['src/auth/login.ts'] : ['src/checkout/cart.ts'];
            return aCommit(subject, {
              hash: i.toString(16).padStart(40, 'a'),
              body: m.note ? `Client-Note: ${text.replace(/[\r\n]+/g, ' ')}` : '',
              files,
            });
          });
          const d = draftStatus({ project, commits, range, today: '2026-11-26', options: { maxItemsPerSection: 4 } });
          const p = phrasesFor(language);
          const secrets = [secret, ...messages.map((m) => m.token)].filter((x): x is string => x !== undefined);
          for (const out of [d.markdown, d.text]) {
            assert.ok(!CONTROL.test(out), `control character\n${JSON.stringify(out)}`);
            for (const heading of reviewHeadings) assert.ok(!out.includes(heading), `review heading ${heading}`);
            for (const w of d.warnings) assert.ok(!out.includes(w.message), `review point ${w.message}`);
            for (const x of secrets) assert.ok(!out.includes(x), `secret ${x}\n${out}`);
            assert.ok(!/ghp_|AKIA|eyJ/.test(out), `token\n${out}`);
            assert.ok(
              !new RegExp(`(?<![\\p{L}])(${who.first}|${who.last})(?![\\p{L}])`, 'u').test(out),
              `team member ${who.first} ${who.last}\n${out}`,
            );
          }
          // Markdown: one title, Candor's seven section headings in order, milestone groups, nothing else.
          const lines = d.markdown.split('\n');
          const headings = lines.filter((l) => /^ {0,3}#{1,6}(\s|$)/.test(l));
          assert.ok(
            lines[0]!.startsWith('# ') && headings.filter((h) => /^# /.test(h)).length === 1,
            `one title\n${d.markdown}`,
          );
          const sections = [
            p.headings.summary,
            p.headings.delivered,
            p.headings.fixed,
            p.headings.next,
            p.headings.risks,
            p.headings.waiting,
            p.headings.decisions,
          ];
          assert.deepEqual(
            headings.filter((h) => h.startsWith('## ')),
            sections.map((h) => `## ${h}`),
            d.markdown,
          );
          assert.ok(
            headings.every((h) => /^#{1,3} /.test(h)),
            `no heading below ###\n${d.markdown}`,
          );
          assert.ok(
            headings.filter((h) => h.startsWith('### ')).length <= 2 * (project.milestones.length + 1),
            d.markdown,
          );
          assert.ok(!lines.some((l) => /^ {0,3}(=+|-{2,}) *$/.test(l)), `no setext underline\n${d.markdown}`);
          // Plain text: the title and the seven headings are the only underlined lines.
          assert.equal(d.text.split('\n').filter((l) => /^[=-]{3,}$/.test(l)).length, 8, d.text);
        },
      ),
      { numRuns: 120, seed: 20261129 },
    );
  });
});

// Issue 8, class 1: identities must never damage the draft. Local parts and names are drawn from the words the
// draft itself uses (the project's name, headings, "the", "support", "how", "cat"): the draft must come out
// byte-identical to the same commits by one neutral author, and every removal must trace back to a person.
describe('draft: redaction removes people and only people, whatever the identities', () => {
  const syllable = fc.constantFrom('ka', 'zu', 'mir', 'tal', 'yo', 'vex', 'qui', 'brun', 'ogg', 'ziv', 'lem', 'dra');
  const word = fc.array(syllable, { minLength: 2, maxLength: 3 }).map((s) => s.join(''));
  const capitalised = word.map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  const trickyLocal = fc.constantFrom(
    'the',
    'support',
    'how',
    'cat',
    'info',
    'admin',
    'acme',
    'portal',
    'risks',
    'delivered',
    'fixed',
    'summary',
    'next',
    'waiting',
    'decisions',
    'status',
    'update',
    'period',
    'due',
    'risques',
    'livré',
    'riesgos',
    'entregado',
    'risiken',
    'geliefert',
    'nous',
    'wir',
  );
  const local = fc.oneof(
    trickyLocal,
    word,
    fc.tuple(word, fc.nat(99)).map(([w, n]) => `${w}${n}`),
  );
  const displayName = fc.oneof(
    fc.array(capitalised, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
    fc.constantFrom(
      'The Maintainer',
      'Acme Support',
      'Cat',
      'How',
      'support',
      'the',
      'Status Update',
      'Theresa May',
      'Joe December',
      'Ann Février',
      'Bo Dezember',
    ),
  );
  const identity = fc.record({
    name: displayName,
    local,
    role: fc.constantFrom('author', 'trailer', 'mailmap', 'team'),
  });
  const SUBJECTS = [
    'feat: support for the cat command in Acme Portal',
    'fix: how the summary page handles the next period',
    'feat: risks and decisions for Acme Corp are waiting on review',
    'fix: read `cat/config` and `support/how.ts` before start',
    'feat: the Invoice export status update is due',
    'fix: fixed the delivered totals with res.partial()',
    'feat: Beta release checklist in the admin info page',
  ];
  const run = (commits: Commit[], project: ProjectFile, mailmapNames: string[], language: (typeof LANGUAGES)[number]) =>
    draftStatus({
      project,
      commits,
      range,
      today: '2026-11-26',
      language,
      options: { maxItemsPerSection: 100, mailmapNames },
    });

  it('keeps the title, headings, phrases, project.yaml names and ordinary words byte-identical', () => {
    fc.assert(
      fc.property(
        fc.array(identity, { minLength: 1, maxLength: 6 }),
        fc.subarray(SUBJECTS, { minLength: 1 }),
        fc.constantFrom(...LANGUAGES),
        (people, subjects, language) => {
          const commits = subjects.map((subject, i) => {
            const p = people[i % people.length]!;
            const trailers = people
              .filter((q) => q.role === 'trailer')
              .map((q) => `Co-authored-by: ${q.name} <${q.local}@agency.dev>`);
            const author = p.role === 'author' ? p : { name: 'Zed Quorra', local: 'zq' };
            return aCommit(subject, {
              hash: i.toString(16).padStart(40, '0'),
              authorName: author.name,
              authorEmail: `${author.local}@agency.dev`,
              body: trailers.join('\n'),
            });
          });
          const mailmap = people.filter((p) => p.role === 'mailmap').flatMap((p) => [p.name, `${p.local}@old.example`]);
          const base = acmeProject();
          const team = [
            ...base.team,
            ...people
              .filter((p) => p.role === 'team')
              .map((p) => ({ name: p.name, aliases: [p.local, `${p.local}@agency.dev`] })),
          ];
          const withPeople = run(commits, { ...base, team }, mailmap, language);
          const neutral = run(
            commits.map((c) => ({ ...c, authorName: 'Zed Quorra', authorEmail: 'zq@agency.dev', body: '' })),
            base,
            [],
            language,
          );
          assert.equal(withPeople.markdown, neutral.markdown);
          assert.equal(withPeople.text, neutral.text);
        },
      ),
      { numRuns: 200, seed: 20261129 },
    );
  });

  it('traces every removed word to a person of the range, the team, .mailmap or a message cue', () => {
    const mention = fc.constantFrom('full', 'first', 'last', 'login', 'email', 'handle', 'cue', 'bracket');
    fc.assert(
      fc.property(
        fc.array(identity, { minLength: 1, maxLength: 5 }),
        fc.array(fc.tuple(fc.nat(4), mention, fc.constantFrom(...SUBJECTS)), { minLength: 1, maxLength: 8 }),
        (people, lines) => {
          const commits = people
            .filter((p) => p.role === 'author' || p.role === 'trailer')
            .map((p) =>
              p.role === 'author'
                ? aCommit('x', { authorName: p.name, authorEmail: `${p.local}@agency.dev` })
                : aCommit('x', { body: `Reviewed-by: ${p.name} <${p.local}@agency.dev>` }),
            );
          const mailmap = people.filter((p) => p.role === 'mailmap').flatMap((p) => [p.name, `${p.local}@old.example`]);
          const base = acmeProject();
          const team = [
            ...base.team,
            ...people.filter((p) => p.role === 'team').map((p) => ({ name: p.name, aliases: [p.local] })),
          ];
          const project = { ...base, team };
          const names = redactionNames(project, commits, mailmap);
          const redact = createRedactor({
            ...names,
            keep: [base.project.name, base.project.client, ...base.milestones.map((m) => m.title)],
            team: 'the team',
          });
          const known = new Set([...names.names, ...names.nameParts].map((n) => n.text.toLowerCase()));
          for (const [who, form, subject] of lines) {
            const p = people[who % people.length]!;
            const words = p.name.split(' ');
            const text = `${subject.replace(/^\w+: /, '')} ${{ full: p.name, first: words[0], last: words.at(-1), login: p.local, email: `${p.local}@agency.dev`, handle: `@${p.local}`, cue: `, reported by ${p.name}`, bracket: `(Vaxo Drimlu)` }[form]}`;
            const cueNames = new Set(findCues(text).flatMap((c) => c.names.map((n) => n.toLowerCase())));
            for (const r of redact(text).removals) {
              const t = r.text.toLowerCase();
              if (r.source === 'email') assert.match(t, /@/);
              else if (r.source === 'handle') assert.match(t, /^@/);
              else if (r.source === 'url' || r.source === 'trailer-line') assert.fail(`nothing of the kind in ${text}`);
              else if (r.source === 'message-cue') assert.ok(cueNames.has(t), `${r.text} is no cue name of ${text}`);
              else
                assert.ok(
                  known.has(t) || known.has(t.split('@')[0]!),
                  `${r.text} (${r.source}) is nobody's name in ${text}`,
                );
            }
          }
        },
      ),
      { numRuns: 200, seed: 20261129 },
    );
  });
});
