// Validation of every user value that may reach git (tags, revisions, dates, paths). Pure, so that an input box
// can refuse a bad value as it is typed, and so that src/node/git/run.ts can refuse it again before any process
// starts. The rule is "refuse, never repair": a value is passed to git byte for byte or not at all.

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

/** Checks what every user value must satisfy, whatever its kind. */
export function checkUserValue(what: string, value: string): Refusal {
  const quoted = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (value.length === 0) return `The ${what} is empty.`;
  if (value.length > MAX_LENGTH) return `The ${what} is longer than ${MAX_LENGTH} characters.`;
  if (value.includes('\0')) return `The ${what} ${quoted} contains a NUL character.`;
  if (/[\r\n]/.test(value)) return `The ${what} ${quoted} contains a line break.`;
  if (/[\x01-\x1f\x7f]/.test(value)) return `The ${what} ${quoted} contains a control character.`;
  if (value.startsWith('-')) return `The ${what} ${quoted} starts with "-", which git would read as an option.`;
  if (/::/.test(value)) return `The ${what} ${quoted} contains "::", a remote-helper transport such as ext::.`;
  const lower = value.toLowerCase();
  const option = OPTION_PAYLOADS.find((o) => lower.includes(o));
  if (option) return `The ${what} ${quoted} contains the git option "${option}".`;
  if (/(^|\s)-c\s*\S+=/.test(lower)) return `The ${what} ${quoted} contains a "-c" configuration override.`;
  return undefined;
}

/** Checks a tag or branch name by the rules of `git check-ref-format`, a little stricter (no spaces). */
export function checkRefName(value: string): Refusal {
  const base = checkUserValue('tag name', value);
  if (base) return base;
  const quoted = JSON.stringify(value);
  if (/\s/.test(value)) return `The tag name ${quoted} contains a space.`;
  if (/[~^:?*[\\]/.test(value))
    return `The tag name ${quoted} contains one of ~ ^ : ? * [ \\, which git does not allow in a name.`;
  if (value.includes('..')) return `The tag name ${quoted} contains "..", which git does not allow in a name.`;
  if (value.includes('@{') || value === '@') return `The tag name ${quoted} is reflog syntax ("@{…}"), not a name.`;
  if (value.startsWith('/') || value.endsWith('/') || value.includes('//'))
    return `The tag name ${quoted} has an empty path component.`;
  if (value.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock'))) {
    return `The tag name ${quoted} has a component that starts with "." or ends with ".lock".`;
  }
  if (value.endsWith('.')) return `The tag name ${quoted} ends with ".".`;
  return undefined;
}

/** Checks a revision as run.ts passes it after `--end-of-options` (a name, or a range `a..b` built by Candor). */
export function checkRevision(value: string): Refusal {
  const base = checkUserValue('revision', value);
  if (base) return base;
  const quoted = JSON.stringify(value);
  if (/\s/.test(value)) return `The revision ${quoted} contains a space.`;
  // `@{-1}` (the previous branch), `@{upstream}`, `:/text` searches and `rev:path` are valid git, but no range of
  // Candor's ever needs them, and each reads something the user did not name.
  if (value.includes('@{')) return `The revision ${quoted} uses reflog syntax ("@{…}"), which Candor does not accept.`;
  if (value.includes(':')) return `The revision ${quoted} contains ":", which Candor does not accept in a revision.`;
  if (value.includes('...'))
    return `The revision ${quoted} is a symmetric range ("..."), which Candor does not accept.`;
  return value
    .split('..')
    .reduce<Refusal>((why, part) => why ?? (part === '' ? undefined : checkRevisionPart(part, quoted)), undefined);
}

function checkRevisionPart(part: string, quoted: string): Refusal {
  if (part.startsWith('-')) return `The revision ${quoted} has a side that starts with "-".`;
  if (/[?*[\\]/.test(part)) return `The revision ${quoted} contains a glob character.`;
  if (
    part.startsWith('/') ||
    part.endsWith('/') ||
    part.includes('//') ||
    part.split('/').some((c) => c.startsWith('.'))
  ) {
    return `The revision ${quoted} is not a ref name (an empty path component or one that starts with ".").`;
  }
  return undefined;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Checks a date as passed in `--since=<date>`: ISO 8601 only, because git's approxidate accepts almost anything. */
export function checkDate(value: string): Refusal {
  const base = checkUserValue('date', value);
  if (base) return base;
  const match = DATE.exec(value);
  if (!match) return `The date ${JSON.stringify(value)} is not an ISO date such as 2026-11-02 or 2026-11-02T09:30:00Z.`;
  const [, y, m, d, hh, mm, ss] = match.map((part) => (part === undefined ? 0 : Number(part)));
  const day = new Date(Date.UTC(y!, m! - 1, d!));
  const valid = day.getUTCMonth() === m! - 1 && day.getUTCDate() === d! && hh! < 24 && mm! < 60 && ss! < 60;
  return valid ? undefined : `The date ${JSON.stringify(value)} does not exist.`;
}

/** Checks a repository-relative path as run.ts passes it after `--`. */
export function checkPath(value: string): Refusal {
  const base = checkUserValue('path', value);
  if (base) return base;
  if (value.startsWith('/') || /^[A-Za-z]:/.test(value))
    return `The path ${JSON.stringify(value)} is absolute; paths are relative to the repository.`;
  if (value.startsWith(':')) return `The path ${JSON.stringify(value)} starts with ":", git's pathspec magic.`;
  if (value.split(/[\\/]/).includes('..')) return `The path ${JSON.stringify(value)} leaves the repository ("..").`;
  return undefined;
}
