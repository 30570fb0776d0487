import assert from 'node:assert/strict';
import {
  checkRange,
  makeRange,
  parseSince,
  parseUntil,
  rangeToGit,
  reversedEnd,
  withUntil,
} from '../../../src/core/git/range';
import { wordRange } from '../../../src/core/git/logNotes';
import { GIT } from '../../../src/core/lang';
import { en } from '../../../src/core/lang/en/words';
import { checkDate, checkPath, checkRefName, checkRevision } from '../../../src/core/git/values';

const NOW = new Date('2026-11-27T12:34:56.789Z');

describe('the range of a status update', () => {
  it('parses the CLI --since as days, weeks, a date or a tag', () => {
    assert.deepEqual(parseSince('7d'), { ok: true, value: { kind: 'days', value: 7 } });
    assert.deepEqual(parseSince('2w'), { ok: true, value: { kind: 'days', value: 14 } });
    assert.deepEqual(parseSince('2026-11-02'), { ok: true, value: { kind: 'date', value: '2026-11-02' } });
    assert.deepEqual(parseSince('2026-11-02T09:30:00Z'), {
      ok: true,
      value: { kind: 'date', value: '2026-11-02T09:30:00Z' },
    });
    assert.deepEqual(parseSince('v1.2.0'), { ok: true, value: { kind: 'tag', value: 'v1.2.0' } });
    assert.deepEqual(parseSince('release/2026-q4'), { ok: true, value: { kind: 'tag', value: 'release/2026-q4' } });
  });

  it('refuses impossible durations and dates with a reason', () => {
    for (const bad of ['0d', '9999d', '2026-02-30', '2026-11-02T25:00', '2026-11-2', ' 7d', '7d ']) {
      const parsed = parseSince(bad);
      assert.ok(!parsed.ok && parsed.message.length > 10, bad);
    }
  });

  it('turns each kind into git terms: a start moment or revision, an end at HEAD, a tag or a date', () => {
    const head = { rev: 'HEAD' };
    assert.deepEqual(rangeToGit({ kind: 'days', value: 7 }, NOW), {
      start: { date: '2026-11-20T12:34:56Z' },
      end: head,
    });
    assert.deepEqual(rangeToGit({ kind: 'tag', value: 'v1.0' }, NOW), { start: { rev: 'refs/tags/v1.0' }, end: head });
    assert.deepEqual(rangeToGit({ kind: 'date', value: '2026-11-02' }, NOW), {
      start: { date: '2026-11-02T00:00:00' },
      end: head,
    });
    const hash = 'a'.repeat(40);
    assert.deepEqual(rangeToGit({ kind: 'lastUpdate', value: '2026-11-02T09:30:00+14:00', commit: hash }, NOW), {
      start: { date: '2026-11-02T09:30:00+14:00', rev: hash },
      end: head,
    });
    assert.deepEqual(rangeToGit({ kind: 'tag', value: 'v1.0', until: { kind: 'tag', value: 'v2.0' } }, NOW).end, {
      rev: 'refs/tags/v2.0',
    });
    assert.deepEqual(rangeToGit({ kind: 'days', value: 7, until: { kind: 'date', value: '2026-11-25' } }, NOW).end, {
      date: '2026-11-25T23:59:59',
      rev: 'HEAD',
    });
  });

  it('parses --until as a date or a tag, and checks it with the range', () => {
    assert.deepEqual(parseUntil('2026-11-25'), { ok: true, value: { kind: 'date', value: '2026-11-25' } });
    assert.deepEqual(parseUntil('v2.0'), { ok: true, value: { kind: 'tag', value: 'v2.0' } });
    for (const bad of ['2026-02-30', '--all', 'a..b']) assert.equal(parseUntil(bad).ok, false, bad);
    assert.match(checkRange(withUntil({ kind: 'days', value: 7 }, { kind: 'tag', value: '-x' }))!, /starts with "-"/);
    assert.match(checkRange({ kind: 'lastUpdate', value: '2026-11-02', commit: 'HEAD~1' })!, /not a commit hash/);
    assert.equal(
      wordRange(withUntil({ kind: 'tag', value: 'v1.0' }, { kind: 'tag', value: 'v2.0' }), en.log),
      'since tag v1.0 until tag v2.0',
    );
  });

  it('describes each kind in words', () => {
    assert.equal(wordRange({ kind: 'days', value: 1 }, en.log), 'the last day');
    assert.equal(wordRange({ kind: 'days', value: 14 }, en.log), 'the last 14 days');
    assert.equal(wordRange({ kind: 'tag', value: 'v1.0' }, en.log), 'since tag v1.0');
    assert.equal(
      wordRange({ kind: 'lastUpdate', value: '2026-11-02T09:30:00Z' }, en.log),
      'since the last update (2026-11-02)',
    );
  });

  it('checks ranges built elsewhere with the same rules', () => {
    assert.equal(checkRange({ kind: 'days', value: 14 }), undefined);
    assert.match(checkRange({ kind: 'days', value: 0 })!, /whole number/);
    assert.match(checkRange({ kind: 'tag', value: '--all' })!, /starts with "-"/);
    assert.deepEqual(makeRange('days', '30'), { ok: true, value: { kind: 'days', value: 30 } });
  });
});

describe('a range that ends before it starts', () => {
  const range = (since: string, until?: string) => {
    const start = parseSince(since);
    const end = until === undefined ? undefined : parseUntil(until);
    if (!start.ok || (end && !end.ok)) throw new Error('bad test input');
    return withUntil(start.value, end?.value);
  };
  it('is found for a date after --until or after today, and only then', () => {
    assert.equal(reversedEnd(range('2026-12-01'), '2026-11-29'), '2026-11-29');
    assert.equal(reversedEnd(range('2026-11-20', '2026-11-10'), '2026-11-29'), '2026-11-10');
    assert.equal(reversedEnd(range('2026-11-20T10:00:00Z', '2026-11-20'), '2026-11-29'), undefined);
    assert.equal(reversedEnd(range('2026-11-29'), '2026-11-29'), undefined);
    assert.equal(reversedEnd(range('v1.2', '2026-11-10'), '2026-11-29'), undefined);
    assert.equal(reversedEnd(range('7d'), '2026-11-29'), undefined);
  });
});

describe('checks of values that reach git', () => {
  it("words a refusal in the caller's language, English by default", () => {
    assert.deepEqual(parseSince('2026-02-30'), { ok: false, message: 'The date "2026-02-30" does not exist.' });
    assert.deepEqual(parseSince('2026-02-30', GIT.fr.refused), {
      ok: false,
      message: 'La date "2026-02-30" n’existe pas.',
    });
    assert.deepEqual(parseUntil('a b', GIT.de.refused), {
      ok: false,
      message: 'Der Tag-Name "a b" enthält ein Leerzeichen.',
    });
    assert.deepEqual(makeRange('days', 0, GIT.es.refused), {
      ok: false,
      message: 'El número de días debe ser un número entero de 1 a 3650.',
    });
    assert.equal(checkPath('../x', GIT.es.refused), 'La ruta "../x" sale del repositorio («..»).');
    assert.equal(
      checkRevision('-x', GIT.fr.refused),
      'La révision "-x" commence par « - », que git lirait comme une option.',
    );
    assert.equal(
      checkRange({ kind: 'lastUpdate', value: '2026-11-02', commit: 'zz' }, GIT.de.refused),
      '„zz“ ist kein Commit-Hash.',
    );
  });

  it('accepts ordinary tag names and refuses what check-ref-format refuses', () => {
    for (const ok of ['v1.0', 'release/1.2', 'v1.0-rc.1', 'déploiement', 'x#y'])
      assert.equal(checkRefName(ok), undefined, ok);
    for (const bad of [
      'a..b',
      'a b',
      'a~1',
      'a^',
      'a:b',
      'a?',
      'a*',
      'a[',
      'a\\b',
      '/a',
      'a/',
      'a//b',
      '.a',
      'a/.b',
      'a.lock',
      'a.',
      '@',
      'a@{1}',
    ]) {
      assert.notEqual(checkRefName(bad), undefined, bad);
    }
  });

  it('accepts the revisions Candor builds and refuses reflog, blob and search syntax', () => {
    for (const ok of ['HEAD', 'refs/tags/v1.0..HEAD', 'main', 'HEAD~3']) assert.equal(checkRevision(ok), undefined, ok);
    for (const bad of ['@{-1}', 'HEAD@{1}', 'HEAD:a.ts', ':/fix', 'a...b', 'a..-b', 'v*', '/etc/passwd', 'a/../b']) {
      assert.notEqual(checkRevision(bad), undefined, bad);
    }
  });

  it('accepts ISO dates only', () => {
    for (const ok of [
      '2026-11-02',
      '2026-11-02T09:30',
      '2026-11-02T09:30:00Z',
      '2026-11-02T09:30:00+01:00',
      '2024-02-29',
    ])
      assert.equal(checkDate(ok), undefined, ok);
    for (const bad of ['yesterday', '2 weeks ago', '2025-02-29', '2026-11-02 09:30', '@1790000000', '2026-11-02T24:00'])
      assert.notEqual(checkDate(bad), undefined, bad);
  });

  it('accepts relative paths inside the repository only', () => {
    for (const ok of ['src/a.ts', 'docs/a b.md', 'weird@{1}']) assert.equal(checkPath(ok), undefined, ok);
    for (const bad of ['/etc/passwd', 'C:/x', '../x', 'a/../../x', ':(top)x', '-x'])
      assert.notEqual(checkPath(bad), undefined, bad);
  });
});
