// Redaction removes people and only people: one test per defect seen on real histories (issue 8, classes 1 and
// 2), named after it, with commit messages written for these tests.
import assert from 'node:assert/strict';
import { draftStatus, type DraftInput } from '../../../src/core/draft/index';
import { createRedactor, redactionNames } from '../../../src/core/draft/redact';
import { findCues } from '../../../src/core/draft/cues';
import { derivesFrom, loginsOf, personTrailers } from '../../../src/core/draft/identities';
import type { Commit } from '../../../src/core/git/commit';
import type { ProjectFile } from '../../../src/core/model/schema';
import { aCommit, acmeProject } from './draftHelpers';

const range = { from: '2026-11-19', to: '2026-11-26' };
const draft = (commits: Commit[], project: ProjectFile = acmeProject(), mailmapNames: string[] = []) =>
  draftStatus({
    project,
    commits,
    range,
    today: '2026-11-26',
    options: { maxItemsPerSection: 100, mailmapNames },
  } satisfies DraftInput);
const by = (name: string, email: string) => ({
  authorName: name,
  authorEmail: email,
  committerName: name,
  committerEmail: email,
});
const redactorFor = (commits: Commit[], mailmap: string[] = []) => {
  const names = redactionNames(acmeProject(), commits, mailmap);
  return createRedactor({ ...names, keep: ['Acme Portal'], team: 'the team' });
};

describe('draft: redaction removes people and only people', () => {
  it('keeps the title when the project name is also a bot address local part ("# the team linter")', () => {
    const project: ProjectFile = { ...acmeProject(), project: { ...acmeProject().project, name: 'Prism linter' } };
    const d = draft(
      [
        aCommit('feat: faster prism rules', by('Prism CI', 'prism@ci.example')),
        aCommit('feat: add export', by('prism', 'prism@bots.example')),
      ],
      project,
    );
    assert.match(d.markdown, /^# Prism linter: status update, 26 November 2026$/m);
    assert.match(d.markdown, /^- Faster prism rules$/im);
  });

  it('keeps the headings when a .mailmap address is how@ ("Risks and the team we are handling them")', () => {
    const d = draft([aCommit('feat: add export')], acmeProject(), [
      'how@example.org',
      'How',
      'Old Name',
      'old@example.org',
    ]);
    assert.match(d.markdown, /^## Risks and how we are handling them$/m);
    assert.match(d.markdown, /How we are handling it:/);
    assert.doesNotMatch(d.markdown, /the team we are/);
  });

  it('keeps an area name of project.yaml when a person shares one of its words ("the team reports")', () => {
    const project: ProjectFile = { ...acmeProject(), areas: [{ name: 'Mira reports', paths: ['src/reports/**'] }] };
    const d = draft(
      [aCommit('feat: faster exports', { ...by('Mira Jones', 'mira@agency.dev'), files: ['src/reports/export.ts'] })],
      project,
    );
    assert.match(d.markdown, /^- \*\*Mira reports\*\*: Faster exports$/m);
    assert.doesNotMatch(d.markdown, /the team reports/);
  });

  it('keeps "support" when support@ committed ("the team for PDF export")', () => {
    const d = draft([aCommit('feat: support for PDF export', by('Acme Support', 'support@acme.example'))]);
    assert.match(d.markdown, /^- Support for PDF export$/m);
  });

  it('keeps "The" when "The Maintainer" is an indented example in a commit body', () => {
    const body = 'Trailers look like this:\n\n    Signed-off-by: The Maintainer <maintainer@example.org>';
    const d = draft([aCommit('docs: explain trailers', { body }), aCommit('feat: The export streams large files')]);
    assert.match(d.markdown, /^- The export streams large files$/m);
    assert.deepEqual(personTrailers(body), []);
  });

  it('keeps code spans and identifiers when cat@ committed ("`the team/config`")', () => {
    const r = redactorFor([aCommit('x', by('Cat Nguyen', 'cat@agency.dev'))]);
    assert.equal(r('read `cat/config` before the cat command').text, 'read `cat/config` before the cat command');
    assert.equal(
      r('fix cat/config.ts and Cat_handler, then res.partial()').text,
      'fix cat/config.ts and Cat_handler, then res.partial()',
    );
    assert.equal(r('Cat fixed the login').text, 'Cat fixed the login', 'an ordinary word at the start of a sentence');
    assert.equal(r('paired with Cat and Nguyen').text, 'paired with the team');
  });

  it('still removes first and last names that are names ("Paul fixed the login")', () => {
    const r = redactorFor([]);
    assert.equal(r('Paul fixed the login').text, 'the team fixed the login');
    assert.equal(r('Login fixed by Martin').text, 'Login fixed by the team');
    assert.equal(r('asked pmartin and PAUL MARTIN').text, 'asked the team');
  });

  it('takes an email local part for a login only when it names the person', () => {
    assert.deepEqual(loginsOf('pmartin@agency.dev', 'Paul Martin'), ['pmartin']);
    assert.deepEqual(loginsOf('paul.m@agency.dev', 'Paul Martin'), ['paul.m']);
    assert.deepEqual(loginsOf('12345+octo-cat@users.noreply.github.com', 'Octo'), ['12345+octo-cat', 'octo-cat']);
    assert.deepEqual(loginsOf('j4ne@agency.dev', 'Jane Doe'), ['j4ne'], 'shaped like a login');
    for (const email of [
      'support@acme.example',
      'info@acme.example',
      'how@x.dev',
      'cat@x.dev',
      'the@x.dev',
      'status@x.dev',
      'risks@x.dev',
      'zzz@x.dev',
    ]) {
      assert.deepEqual(loginsOf(email, 'Acme Helpdesk'), [], email);
    }
    assert.equal(derivesFrom('ezola', 'Émile Zola'), true);
    assert.equal(derivesFrom('zolae', 'Émile Zola'), true);
    assert.equal(derivesFrom('kitten', 'Émile Zola'), false);
  });

  it('never redacts project.yaml names, even when a person shares them', () => {
    const project = acmeProject();
    const milestone = project.milestones[0]!.title;
    const names = redactionNames(project, [aCommit('x', by(milestone, 'ms@agency.dev'))]);
    const r = createRedactor({ ...names, keep: [milestone, project.project.client], team: 'the team' });
    assert.equal(
      r(`${milestone} is ready for ${project.project.client}`).text,
      `${milestone} is ready for ${project.project.client}`,
    );
  });
});

describe('draft: people named only in the message', () => {
  const r = redactorFor([]);
  const cases: [string, string][] = [
    ['Fix login [reported by Jane Doe]', 'Fix login'],
    ['Fix crash [credit to jdoe]', 'Fix crash'],
    ['Faster search, thanks to Jane Doe', 'Faster search'],
    ['Faster export. Thanks @jdoe', 'Faster export.'],
    ['Customers now see totals, thanks @jdoe for the report', 'Customers now see totals'],
    ['Fix the export, thanks to Jane Doe for the bug report', 'Fix the export'],
    ["Corrige l'export, merci à Lucie Moreau pour le signalement", "Corrige l'export"],
    ['Added Jane Doe to the contributors list', 'Added the team to the contributors list'],
    ['Fix export (Jane Doe)', 'Fix export'],
    ['Fix the menu, props to Bob Li and Ann Kay', 'Fix the menu'],
    ['Idea suggested by Ana de la Cruz', 'Idea'],
    ['Patch by xq42, reviewed', 'reviewed'],
    ["Corrige l'export, merci à Lucie Moreau", "Corrige l'export"],
    ["Corrige l'export (signalé par Lucie Moreau)", "Corrige l'export"],
    ['Corrige el filtro, gracias a Ana López', 'Corrige el filtro'],
    ['Arregla la caché, reportado por Jorge Ruiz', 'Arregla la caché'],
    ['Export repariert, gemeldet von Jonas Weber', 'Export repariert'],
    ['Export repariert, danke an Jonas Weber', 'Export repariert'],
  ];
  for (const [input, expected] of cases) {
    it(`removes the person in "${input}", and says it came from a message cue`, () => {
      const out = r(input);
      assert.equal(out.text, expected);
      assert.ok(
        out.removals.some((x) => x.source === 'message-cue' || x.source === 'handle'),
        JSON.stringify(out.removals),
      );
    });
  }

  it('removes a trailing [Name] credit from the draft and traces it, but keeps [Beta] and [mobile]', () => {
    const d = draftStatus({
      project: acmeProject(),
      range,
      today: '2026-11-26',
      options: { maxItemsPerSection: 100 },
      commits: [
        aCommit('Improve invoice numbering [Rosa Kimball]'),
        aCommit('Speed up the product list [mkimball]', by('Mo Kimball', 'mkimball@agency.dev')),
        aCommit('Add invoice export [Beta]'),
        aCommit('Fix layout on small phones [mobile]'),
      ],
    } satisfies DraftInput);
    assert.match(d.markdown, /^- Improve invoice numbering$/m);
    assert.match(d.markdown, /^- Speed up the product list$/m);
    assert.match(d.markdown, /^- Add invoice export \\\[Beta\\\]$/m);
    assert.match(d.markdown, /^- Fix layout on small phones \\\[mobile\\\]$/m);
    const removed = (d.explain ?? []).flatMap((e) => e.removed ?? []).map((r) => r.text);
    assert.ok(removed.includes('Rosa Kimball') && removed.includes('mkimball'), JSON.stringify(removed));
  });

  it('removes a credited name wherever else it appears in the same text', () => {
    assert.equal(r('Jane Doe found the bug. Thanks to Jane Doe').text, 'the team found the bug.');
  });

  it('leaves things that follow a cue but are not people', () => {
    for (const text of [
      'Faster, thanks to Redis',
      'Faster thanks to the new cache',
      'Fix layout (Dark Mode)',
      'Crash reported by Safari users',
      'Export reported by 3 clients',
    ]) {
      assert.equal(r(text).text, text);
    }
    assert.deepEqual(findCues('Faster, thanks to Redis'), []);
  });

  it('hides a commit that adds a person to a list of people, in four languages, and says why', () => {
    const additions = [
      'Added Jane Doe to the contributors list',
      'Add jdoe to AUTHORS',
      'feat: add Ana de la Cruz to the maintainers',
      'Ajoute Lucie Moreau à la liste des contributeurs',
      'Añadido Jorge Ruiz a los colaboradores',
      'Füge Jonas Weber zu den Mitwirkenden hinzu',
    ];
    const commits = [...additions.map((subject) => aCommit(subject)), aCommit('Add invoice export to the team page')];
    const d = draft(commits);
    for (const [i, subject] of additions.entries()) {
      const entry = d.explain?.find((e) => e.hash === commits[i]!.hash);
      assert.deepEqual(entry?.outcome, { kind: 'hidden', reason: 'people-list' }, subject);
    }
    assert.equal(d.stats.hidden['people-list'], additions.length);
    assert.match(d.markdown, /^- Add invoice export to the team page$/m);
    assert.doesNotMatch(d.markdown, /contributors|AUTHORS|maintainers|contributeurs|colaboradores|Mitwirkenden/);
  });

  it('keeps a line that adds a person to a list when its author wrote a Client-Note for it', () => {
    const d = draft([aCommit('Add Jane Doe to the contributors list', { body: 'Client-Note: A new support contact' })]);
    assert.match(d.markdown, /^- A new support contact$/m);
  });
});

describe('draft: every removal is traced', () => {
  it('lists each removed word with where the name came from', () => {
    const commits = [
      aCommit('x', {
        ...by('Kim Lee', 'kim.lee@agency.dev'),
        body: 'Co-authored-by: Tariq Aziz <tariq@contractor.dev>',
      }),
    ];
    const r = redactorFor(commits, ['Old Name']);
    const out = r(
      'Paul, Kim, Tariq and Old Name met jo@client.example and @bob, see https://x.internal/a\nSigned-off-by: Kim Lee',
    );
    assert.deepEqual(
      out.removals.map((x) => `${x.source}:${x.text}`).sort(),
      [
        'author:Kim',
        'email:jo@client.example',
        'handle:@bob',
        'mailmap:Old Name',
        'team:Paul',
        'trailer-line:Signed-off-by: Kim Lee',
        'trailer:Tariq',
        'url:https://x.internal/a',
      ].sort(),
    );
    assert.equal(out.redactions, out.removals.length);
  });
});

describe('draft: a large .mailmap', () => {
  it('drafts right with a .mailmap of 20,000 people and 5,000 distinct authors', () => {
    const mailmap = Array.from({ length: 20_000 }, (_, i) => [`Mapped${i} Person`, `mapped${i}@old.example`]).flat();
    const commits = Array.from({ length: 5000 }, (_, i) =>
      aCommit(i % 2 ? `feat: export ${i} for Mapped${i} Person` : `fix: totals ${i} as Author${i} Family asked`, {
        hash: i.toString(16).padStart(40, '0'),
        ...by(`Author${i} Family`, `a${i}@agency.dev`),
      }),
    );
    const d = draft(commits, acmeProject(), mailmap);
    assert.match(d.markdown, /^## Risks and how we are handling them$/m);
    assert.doesNotMatch(d.markdown, /Mapped\d|Author\d|Family/);
    assert.match(d.markdown, /^- Export 1 for the team$/m);
  });
});
