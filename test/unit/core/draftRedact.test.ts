import assert from 'node:assert/strict';
import { createRedactor, redactionNames, type RedactionConfig } from '../../../src/core/draft/redact';
import { entropy } from '../../../src/core/draft/secrets';
import { nameMatcher, PERSON } from '../../../src/core/draft/names';
import { FAKE_AWS_KEY, FAKE_GITHUB_TOKEN, FAKE_JWT } from './draftScenario';
import { aCommit, acmeProject } from './draftHelpers';

const project = acmeProject();
const commits = [
  aCommit('x', {
    authorName: 'Émile Zola',
    authorEmail: '1234+ezola@users.noreply.github.com',
    committerName: 'GitHub',
    committerEmail: 'noreply@github.com',
  }),
  aCommit('y', { authorName: 'kim', authorEmail: 'kim.lee@agency.dev' }),
];
const { names, nameParts } = redactionNames(project, commits, ['Old Name']);
const config: RedactionConfig = {
  names,
  nameParts,
  keep: ['Jeanne Dupont', 'Marc Leroy'],
  team: 'the team',
  allowedHosts: ['acme.example'],
};
const redact = createRedactor(config);
const clean = (s: string) => redact(s).text;

describe('draft: redaction', () => {
  it('removes team names and aliases as whole words; full names in any case, name parts when capitalized', () => {
    assert.equal(clean('Pair with Paul Martin on checkout'), 'Pair with the team on checkout');
    assert.equal(clean('pair with PAUL MARTIN'), 'pair with the team');
    assert.equal(clean('Reviewed with Émile and Sofía'), 'Reviewed with the team');
    assert.equal(clean('asked pmartin and snunez'), 'asked the team');
    assert.equal(clean('Zola said so'), 'The team said so'.replace('The', 'the'));
    assert.equal(clean('the zola library, Paulette and Martini'), 'the zola library, Paulette and Martini');
  });

  it('scans names by words: longest name first, logins with dots and dashes, apostrophes, any case for full names', () => {
    const m = nameMatcher(["Jean-Pierre O'Brien", 'jp.obrien', 'Ana'], ['Jean-Pierre', "O'Brien"]);
    const P = PERSON;
    assert.equal(
      m.replace("JEAN-PIERRE O'BRIEN and jp.obrien met Jean-Pierre, O'Brien, ana").text,
      `${P} and ${P} met ${P}, ${P}, ${P}`,
    );
    assert.equal(m.replace('jean-pierre alone, anatomy, Banana').text, 'jean-pierre alone, anatomy, Banana');
    assert.equal(m.knows('JP.OBrien@agency.dev'), 'team');
    assert.equal(m.knows('someone@acme.example'), undefined);
  });

  it('removes git authors and committers, their logins, and .mailmap names, but not forge identities', () => {
    assert.equal(clean('asked kim and ezola'), 'asked the team');
    assert.equal(clean('as Old Name said'), 'as the team said');
    assert.equal(clean('Add GitHub login'), 'Add GitHub login');
  });

  it('takes a name of two or three letters for a person only where it is written as a name', () => {
    const people = [
      aCommit('a', { authorName: 'bg', authorEmail: 'bg@agency.dev' }),
      aCommit('b', { authorName: 'Dom', authorEmail: 'dom.r@agency.dev' }),
      aCommit('c', { authorName: 'KD', authorEmail: 'kd.dev@agency.dev' }),
    ];
    const short = createRedactor({ ...redactionNames(project, people), team: 'the team' });
    const text = (s: string) => short(s).text;
    // Abbreviations stay: the bg colour, the DOM, a kd-tree.
    assert.equal(
      text('Fix the bg colour of the DOM tree and the kd index'),
      'Fix the bg colour of the DOM tree and the kd index',
    );
    // As names: capitalised, spelled as the person does, credited or mentioned.
    assert.equal(text('Paired with Dom and KD on the export'), 'Paired with the team on the export');
    assert.equal(text('Speed up the export, thanks to bg'), 'Speed up the export');
    assert.equal(text('Speed up the export (@bg)'), 'Speed up the export');
    // A cue does not make an abbreviation a name: only the person's spellings count after it.
    assert.equal(text('Render faster thanks to DOM diffing'), 'Render faster thanks to DOM diffing');
    assert.equal(text('Render faster thanks to BG workers'), 'Render faster thanks to BG workers');
  });

  it('removes people named only in Co-authored-by, Reviewed-by and other -by trailers', () => {
    const body =
      'Pairing.\n\nCo-authored-by: Jane Roe <jane.roe@contractor.dev>\nReviewed-by: Tariq\nReported-by: <ops@agency.dev>';
    const n = redactionNames(project, [aCommit('feat: x', { body })]);
    const r = createRedactor({ ...config, ...n });
    assert.equal(r('Pair with Jane and Roe, see Tariq, jane.roe').text, 'Pair with the team, see the team');
    assert.equal(r('ops dashboard').text, 'ops dashboard', 'a role address names no one');
  });

  it('keeps client contacts even when they share a first name with someone redacted', () => {
    const r = createRedactor({ ...config, names: [...names, 'Marc Dubois'], nameParts: [...nameParts, 'Marc'] });
    assert.equal(r('Waiting on Marc Leroy, asked Marc').text, 'Waiting on Marc Leroy, asked the team');
  });

  it('removes emails, handles and trailer lines', () => {
    assert.equal(clean('mail jeanne.x@acme.example about it'), 'mail about it');
    assert.equal(clean('ping @sofia-dev and @bob, uses @types/node'), ', uses @types/node');
    assert.equal(clean('Fix the menu, thanks @bob'), 'Fix the menu');
    // Gaps side by side are one: the second used to stay in the text as a private-use character.
    assert.equal(clean('Fix the menu, see @bob see @sofia-dev'), 'Fix the menu');
    assert.equal(clean('see @bob  see https://tracker.agency.internal/1 now'), 'now');
    assert.equal(clean('Done.\nCo-authored-by: A B <a@b.dev>\nSigned-off-by: C\nReviewed-by: D'), 'Done.');
  });

  it('removes URLs unless their host is allowed, and internal ones always', () => {
    assert.equal(
      clean('see https://acme.example/help and https://docs.acme.example/x'),
      'see https://acme.example/help and https://docs.acme.example/x',
    );
    assert.equal(clean('retry, see https://github.com/agency/portal/pull/3'), 'retry');
    assert.equal(
      clean('Retry on timeout, see jira.agency.internal/browse/PAY-9 or http://localhost:3000/x'),
      'Retry on timeout',
    );
    assert.equal(clean('runs on 10.0.3.7:8080 and 192.168.1.2'), 'runs on');
    assert.equal(clean('Mail to paul.x@agency.dev bounced'), 'Mail bounced');
    assert.equal(clean('also foo, bar'), 'also foo, bar', 'no dangling-word cleanup without a cut');
    const strict = createRedactor({
      ...config,
      allowedHosts: ['gitlab.acme.example'],
      internalUrlPatterns: ['/admin'],
    });
    assert.equal(strict('https://gitlab.acme.example/x and https://acme.example/admin').text, '');
  });

  it('rewrites blame in English, French, Spanish and German, and reports each rewrite', () => {
    const cases: [string, string][] = [
      ['Fix crash that Paul broke', 'Fix crash that was broken'],
      ['Fix crash Paul broke on Safari', 'Fix crash that was broken on Safari'],
      ['Paul broke the export', 'the export was broken'],
      ['Add the migration Émile forgot', 'Add the migration that had been missed'],
      ['Émile forgot to bump the cache key', 'bump the cache key (a missed step)'],
      ['Émile forgot the cache key', 'the cache key had been missed'],
      ['Timeout because of Sofía', 'Timeout'],
      ["Retry again, it was Paul's fault", 'Retry again,'],
      ['my bad, wrong label', 'wrong label'],
      ['Corrige le calcul, à cause de Paul', 'Corrige le calcul,'],
      ['Paul a cassé la recherche', 'un problème touchait la recherche'],
      ['Paul a oublié de vider le cache', 'vider le cache (étape oubliée)'],
      ['Paul a oublié la migration', 'oubli corrigé : la migration'],
      ['Sofía rompió el filtro de fechas', 'se rompió el filtro de fechas'],
      ['Sofía se olvidó de actualizar la caché', 'se olvidó actualizar la caché'],
      ['Arreglo, por culpa de Émile', 'Arreglo,'],
      ['Export repariert, wegen Émile', 'Export repariert,'],
      ['Paul hat den Export kaputt gemacht', 'ein Fehler betraf den Export'],
      ['Paul hat den Test vergessen', 'ein Versäumnis betraf den Test'],
      ['Paul hat vergessen, den Cache zu leeren', 'den Cache zu leeren (ein vergessener Schritt)'],
      ['blocked because of @sofia-dev', 'blocked'],
    ];
    for (const [input, expected] of cases) {
      const r = redact(input);
      assert.equal(r.text, expected, input);
      assert.ok(
        r.findings.some((f) => f.kind === 'blame'),
        `reported: ${input}`,
      );
    }
  });

  it('leaves blameless sentences alone', () => {
    const r = redact('Safari broke the layout; fixed it due to popular demand');
    assert.equal(r.findings.length, 0);
    assert.equal(r.text, 'Safari broke the layout; fixed it due to popular demand');
  });

  it('removes secrets, says what kind they were, and never repeats them', () => {
    const secrets: [string, string][] = [
      [`key ${FAKE_AWS_KEY} rotated`, 'aws-key'],
      [`aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`, 'aws-key'],
      [`token ${FAKE_GITHUB_TOKEN} leaked`, 'github-token'],
      ['-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----', 'private-key'],
      ['-----BEGIN OPENSSH PRIVATE KEY----- pasted', 'private-key'],
      ['password=hunter2 in the seed script', 'password'],
      ['api_key: "s3cr3t-value"', 'password'],
      [`bearer ${FAKE_JWT}`, 'jwt'],
      ['key 9fK2mQ7xLp3ZrT8vWb4NcY6hJd1S in env', 'high-entropy'],
      [`digest ${'ab12'.repeat(16)} pinned`, 'high-entropy'],
    ];
    for (const [input, kind] of secrets) {
      const r = redact(input);
      assert.deepEqual(
        r.findings.map((f) => (f.kind === 'secret' ? f.secret : f.kind)),
        [kind],
        input,
      );
      for (const piece of input.split(/[\s=:"]+/).filter((p) => p.length >= 8 && !/^[a-z_]+$/.test(p)))
        assert.ok(!r.text.includes(piece), `${piece} left in ${r.text}`);
    }
  });

  it('does not take identifiers, hashes of commits or prose for secrets', () => {
    for (const text of [
      'Refresh token: handle expiry',
      'InvoiceExportControllerFactory works',
      'see commit 3f786850e387550fdab836ed7e6dc881de23001b',
    ]) {
      assert.equal(redact(text).findings.length, 0, text);
    }
    assert.ok(entropy('aaaa') < entropy('abcd'));
  });
});
