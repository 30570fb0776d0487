import { isoDay } from '../core/dates';
import { parseSince, parseUntil, reversedEnd, withUntil, type CommitRange, type RangeEnd } from '../core/git/range';
import { GIT } from '../core/lang/git';
import { cliLanguage, type CliMessages } from './messages';
import { cliToday } from './today';

/** `--since`/`--until` as `candor status` and `candor brief` take them: the range (with `--since`), the end alone
 * (without it), or why they are refused, a `--since` after the range's end included. */
export function parseRangeOptions(
  since: string | undefined,
  until: string | undefined,
  m: CliMessages,
): { ok: true; range?: CommitRange; until?: RangeEnd } | { ok: false; message: string } {
  const refused = GIT[cliLanguage()].refused;
  const end = until === undefined ? undefined : parseUntil(until, refused);
  if (end && !end.ok) return end;
  if (since === undefined) return { ok: true, until: end?.value };
  const start = parseSince(since, refused);
  if (!start.ok) return start;
  const range = withUntil(start.value, end?.value);
  const reversed = reversedEnd(range, isoDay(cliToday()));
  return reversed ? { ok: false, message: m.status.reversed(since, reversed) } : { ok: true, range, until: end?.value };
}
