// Validation of every user value that may reach git (tags, revisions, dates, paths). Pure, so that an input box
// can refuse a bad value as it is typed, and so that src/node/git/run.ts can refuse it again before any process
// starts. The rule is "refuse, never repair": a value is passed to git byte for byte or not at all. The reasons
// are worded by the language pack's `git` family (English by default): a check used only as a test ignores them.
import { utcTime } from '../dates';
import { en } from '../lang/en/git';
import type { GitValueKind, RefusalWords } from './words';

/** Why a value was refused, in words for the user; `undefined` means the value is acceptable. */
export type Refusal = string | undefined;

const MAX_LENGTH = 256;

// Option names that have been used to turn a git argument into a command: refused anywhere in a value, not only
// at its start, because a value is sometimes embedded in an option (`--since=<date>`).
const OPTION_PAYLOADS = [
  '--output',
  '--upload-pack',
  '--receive-pack',
  '--exec',
  '--config',
  '--git-dir',
  '--work-tree',
  '--open-files-in-pager',
  '--ext-diff',
  '--textconv',
];

/** Checks what every user value must satisfy, whatever its kind; `words` word the reason. */
export function checkUserValue(kind: GitValueKind, value: string, words: RefusalWords = en.refused): Refusal {
  const what = words.subjects[kind];
  const quoted = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (value.length === 0) return words.empty(what);
  if (value.length > MAX_LENGTH) return words.tooLong(what, MAX_LENGTH);
  if (value.includes('\0')) return words.nul(what, quoted);
  if (/[\r\n]/.test(value)) return words.lineBreak(what, quoted);
  if (/[\x01-\x1f\x7f]/.test(value)) return words.control(what, quoted);
  if (value.startsWith('-')) return words.dash(what, quoted);
  if (/::/.test(value)) return words.transport(what, quoted);
  const lower = value.toLowerCase();
  const option = OPTION_PAYLOADS.find((o) => lower.includes(o));
  if (option) return words.option(what, quoted, option);
  if (/(^|\s)-c\s*\S+=/.test(lower)) return words.configOverride(what, quoted);
  return undefined;
}

/** Checks a tag or branch name by the rules of `git check-ref-format`, a little stricter (no spaces). */
export function checkRefName(value: string, words: RefusalWords = en.refused): Refusal {
  const base = checkUserValue('tag', value, words);
  if (base) return base;
  const quoted = JSON.stringify(value);
  if (/\s/.test(value)) return words.space(words.subjects.tag, quoted);
  if (/[~^:?*[\\]/.test(value)) return words.tagChars(quoted);
  if (value.includes('..')) return words.tagDotDot(quoted);
  if (value.includes('@{') || value === '@') return words.tagReflog(quoted);
  if (value.startsWith('/') || value.endsWith('/') || value.includes('//')) return words.tagEmptyComponent(quoted);
  if (value.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock')))
    return words.tagDotComponent(quoted);
  if (value.endsWith('.')) return words.tagEndsWithDot(quoted);
  return undefined;
}

/** Checks a revision as run.ts passes it after `--end-of-options` (a name, or a range `a..b` built by Candor). */
export function checkRevision(value: string, words: RefusalWords = en.refused): Refusal {
  const base = checkUserValue('revision', value, words);
  if (base) return base;
  const quoted = JSON.stringify(value);
  if (/\s/.test(value)) return words.space(words.subjects.revision, quoted);
  // `@{-1}` (the previous branch), `@{upstream}`, `:/text` searches and `rev:path` are valid git, but no range of
  // Candor's ever needs them, and each reads something the user did not name.
  if (value.includes('@{')) return words.revisionReflog(quoted);
  if (value.includes(':')) return words.revisionColon(quoted);
  if (value.includes('...')) return words.revisionSymmetric(quoted);
  return value
    .split('..')
    .reduce<Refusal>(
      (why, part) => why ?? (part === '' ? undefined : checkRevisionPart(part, quoted, words)),
      undefined,
    );
}

function checkRevisionPart(part: string, quoted: string, words: RefusalWords): Refusal {
  if (part.startsWith('-')) return words.revisionSideDash(quoted);
  if (/[?*[\\]/.test(part)) return words.revisionGlob(quoted);
  if (
    part.startsWith('/') ||
    part.endsWith('/') ||
    part.includes('//') ||
    part.split('/').some((c) => c.startsWith('.'))
  ) {
    return words.revisionNotRef(quoted);
  }
  return undefined;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Checks a date as passed in `--since=<date>`: ISO 8601 only, because git's approxidate accepts almost anything. */
export function checkDate(value: string, words: RefusalWords = en.refused): Refusal {
  const base = checkUserValue('date', value, words);
  if (base) return base;
  const match = DATE.exec(value);
  if (!match) return words.dateNotIso(JSON.stringify(value));
  const [, y, m, d, hh, mm, ss] = match.map((part) => (part === undefined ? 0 : Number(part)));
  const day = new Date(utcTime(y!, m! - 1, d!));
  const valid = day.getUTCMonth() === m! - 1 && day.getUTCDate() === d! && hh! < 24 && mm! < 60 && ss! < 60;
  return valid ? undefined : words.dateMissing(JSON.stringify(value));
}

/** Checks a repository-relative path as run.ts passes it after `--`. */
export function checkPath(value: string, words: RefusalWords = en.refused): Refusal {
  const base = checkUserValue('path', value, words);
  if (base) return base;
  if (value.startsWith('/') || /^[A-Za-z]:/.test(value)) return words.pathAbsolute(JSON.stringify(value));
  if (value.startsWith(':')) return words.pathMagic(JSON.stringify(value));
  if (value.split(/[\\/]/).includes('..')) return words.pathLeaves(JSON.stringify(value));
  return undefined;
}
