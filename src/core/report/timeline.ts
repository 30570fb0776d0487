/**
 * The milestones as an inline SVG timeline: one row per milestone with its planned date (hollow) and its current
 * date (filled, in the status colour), a line between them when it slipped, its status written as a word, and a
 * dashed line for today. The table under it says the same in text for screen readers and for print.
 */
import { dayNumber, utcTime } from '../dates';
import { escapeHtml } from './escape';
import type { ClientPage } from './model';

const WIDTH = 720;
const LEFT = 16;
const RIGHT = 16;
const TOP = 36;
const ROW = 44;
/** About the width of one character of a label (13px system font), to keep labels inside the picture. */
const CHAR = 7;

/** The SVG of the page's milestones; an empty string when there are none. */
export function timelineSvg(page: ClientPage): string {
  const rows = page.milestones;
  if (rows.length === 0) return '';
  const days = [dayNumber(page.today), ...rows.flatMap((m) => [dayNumber(m.planned), dayNumber(m.due)])];
  const first = Math.min(...days) - 7;
  const last = Math.max(...days) + 7;
  const x = (iso: string) => LEFT + ((dayNumber(iso) - first) / (last - first)) * (WIDTH - LEFT - RIGHT);
  const height = TOP + rows.length * ROW + 8;
  const titleId = 'timeline-title';
  const parts = [
    `<svg class="timeline" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${titleId}" xmlns="http://www.w3.org/2000/svg">`,
    `<title id="${titleId}">${escapeHtml(page.words.timeline)}</title>`,
    ...monthTicks(first, last, page.locale.tag, x, height),
    ...rows.map((m, i) => row(m, TOP + i * ROW, x)),
    todayLine(page, x(page.today), height),
    '</svg>',
  ];
  return parts.join('');
}

function row(m: ClientPage['milestones'][number], top: number, x: (iso: string) => number): string {
  const y = top + 28;
  const planned = x(m.planned);
  const due = x(m.due);
  const { text, anchor, at } = placeLabel(m.title, m.label, due);
  const slip = m.slipDays === 0 ? '' : `<line class="slip" x1="${r(planned)}" y1="${y}" x2="${r(due)}" y2="${y}"/>`;
  const plan = m.slipDays === 0 ? '' : `<circle class="plan" cx="${r(planned)}" cy="${y}" r="6"/>`;
  return `<g>${slip}${plan}<circle class="mark f-${m.status}" cx="${r(due)}" cy="${y}" r="7"/><text x="${r(at)}" y="${y - 12}" text-anchor="${anchor}">${escapeHtml(text)}</text></g>`;
}

// A label starts at its mark and runs right, or ends at it and runs left, whichever fits; a title too long for
// either side is shortened (the table under the timeline has it whole) so that the status word always shows.
function placeLabel(title: string, status: string, due: number): { text: string; anchor: 'start' | 'end'; at: number } {
  const right = { anchor: 'start' as const, at: Math.max(due - 8, LEFT) };
  const left = { anchor: 'end' as const, at: Math.min(due + 8, WIDTH - RIGHT) };
  const roomRight = WIDTH - RIGHT - right.at;
  const roomLeft = left.at - LEFT;
  const full = `${title} · ${status}`;
  const wanted = full.length * CHAR;
  const side = wanted <= roomRight ? right : wanted <= roomLeft ? left : roomRight >= roomLeft ? right : left;
  const chars = Math.floor((side === right ? roomRight : roomLeft) / CHAR);
  if (full.length <= chars) return { text: full, ...side };
  const keep = Math.max(1, chars - status.length - 4);
  return { text: `${[...title].slice(0, keep).join('').trimEnd()}… · ${status}`, ...side };
}

function todayLine(page: ClientPage, at: number, height: number): string {
  const anchor = at > WIDTH * 0.8 ? 'end' : 'start';
  return `<line class="today" x1="${r(at)}" y1="16" x2="${r(at)}" y2="${height}"/><text class="today-label" x="${r(anchor === 'end' ? at - 4 : at + 4)}" y="12" text-anchor="${anchor}">${escapeHtml(page.words.today)}</text>`;
}

// A tick on the first of each month (every second or third month on long plans), named in the page's language.
function monthTicks(first: number, last: number, locale: string, x: (iso: string) => number, height: number): string[] {
  const format = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const start = new Date(first * 86_400_000);
  const months = Math.ceil((last - first) / 30);
  const step = Math.max(1, Math.ceil(months / 8));
  const out = [`<line class="axis" x1="${LEFT}" y1="${TOP - 6}" x2="${WIDTH - RIGHT}" y2="${TOP - 6}"/>`];
  for (let i = 1; i <= months; i += step) {
    const month = new Date(utcTime(start.getUTCFullYear(), start.getUTCMonth() + i, 1));
    const iso = month.toISOString().slice(0, 10);
    if (dayNumber(iso) > last) break;
    const at = r(x(iso));
    out.push(
      `<line class="axis" x1="${at}" y1="${TOP - 10}" x2="${at}" y2="${height}"/><text class="tick" x="${at + 3}" y="${TOP - 12}">${escapeHtml(format.format(month))}</text>`,
    );
  }
  return out;
}

const r = (n: number) => Math.round(n * 10) / 10;
