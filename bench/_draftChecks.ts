// Reading a status draft as a client would, for the draft harness (bench/drafts.ts): its sections, labels and
// the text defects a tech lead would have to edit by hand. Works on the rendered Markdown only, so it measures
// the draft before and after any change to the drafting code.
import { en } from '../src/core/lang/en/draft';

/** What one draft looks like to its reader. */
export interface DraftReading {
  /** List items per `##` section (the "… and N smaller changes" aside counted apart). */
  items: Record<string, number>;
  smaller: Record<string, number>;
  /** Bold labels of the Delivered and Fixed items, with how many items carry each. */
  labels: Record<string, number>;
  /** Items labelled with a folder-ish word (t, tests, docs, refactor…) or with one of the repo's top folders. */
  folderLabels: number;
  topFolderLabels: number;
  labelled: number;
  /** The "Period: … to …." line as written. */
  period: string | undefined;
  /** Each failed check with up to three short examples, and how many times it failed. */
  failures: Record<string, string[]>;
  counts: Record<string, number>;
}

/** What the checks need to know besides the text. */
export interface CheckContext {
  projectName: string;
  milestoneTitles: readonly string[];
  /** Author and committer names of the commits in the range. */
  people: readonly string[];
  /** Top folders of the repository: a label equal to one of them is a folder name, not an area. */
  topFolders: readonly string[];
}

// Labels that name a folder or a kind of internal work, never something a client recognises.
const FOLDERISH = new Set([
  't',
  'test',
  'tests',
  'testing',
  'spec',
  'specs',
  'doc',
  'docs',
  'documentation',
  'refactor',
  'src',
  'lib',
  'ci',
  'github',
  'scripts',
  'tools',
  'build',
  'chore',
  'misc',
  'examples',
  'bench',
  'benches',
  'crates',
  'packages',
  'deps',
  'cleanup',
  'style',
  'fixtures',
  'playground',
]);
// A line that ends with one of these lost its last words (a removed name, id or link).
// ("to", "in", "on" are left out: "it's supposed to", "log in" end sentences.)
const DANGLING = /\b(for|of|with|by|from|at|into|onto|via|the|a|an|and|or|but|nor|than|per|thanks)\s*[.:;,]?$/i;
const EMPTY_BRACKET = /(^|\s)(\(\s*\)|\[\s*\]|\{\s*\})/;
const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;
// Not a package scope: "@vitejs/devtools" names a package, not a person.
const HANDLE = /(^|[\s(])@[A-Za-z0-9][A-Za-z0-9-]{1,38}\b(?![/-])/;
// Leftovers of a removal: a space before punctuation, a double space, a stray "-2391" of a half-removed id.
// Also a small word glued to what followed a removed space ("in:raise", "and.github").
// And a bracket emptied of its id but for a keyword ("(fix)" from "(fix #23197)").
const GAP =
  /\S\s+[,.;:](\s|$)|\S {2}\S|(^|\s)-\d{2,}\b|\b(in|on|to|for|with|of|and|or|the)[:.][a-z]|\((fix|fixes|fixed|close|closes|closed|resolves?|refs?|see|cc)\)/i;
// Markers meant for CI or the mailing list, not for the client.
// A ticket convention read as text: "Fixed -- Added …" once "#123" is gone, or a "[area]" prefix kept.
const CONVENTION = /^(Fixed|Fixes|Fix|Refs|Ref|Closes|Resolves)\s*(--|:|,)(\s|$)|^\\?\[[^\]]{1,30}\]\s/;
const INTERNAL =
  /\[(ci skip|skip ci|skip-ci|ci-skip|no ci|skip changelog)\]|\b(Signed-off-by|Reviewed-by|Acked-by|Co-authored-by):/i;

const unescape = (text: string) => text.replace(/\\(.)/g, '$1');
const withoutCode = (text: string) => text.replace(/`[^`]*`/g, '`code`');

/** Parses a Markdown draft into sections and runs every text check on it. */
export function readDraft(markdown: string, ctx: CheckContext): DraftReading {
  const failures: Record<string, string[]> = {};
  const counts: Record<string, number> = {};
  const fail = (check: string, example: string) => {
    counts[check] = (counts[check] ?? 0) + 1;
    const list = (failures[check] ??= []);
    if (list.length < 3) list.push(example.length > 90 ? `${example.slice(0, 87)}…` : example);
    else if (list.length === 3) list.push('…');
  };
  const reading: DraftReading = {
    items: {},
    smaller: {},
    labels: {},
    folderLabels: 0,
    topFolderLabels: 0,
    labelled: 0,
    period: undefined,
    failures,
    counts,
  };
  const lines = markdown.split('\n');
  checkTitle(lines[0] ?? '', ctx, fail);
  let section = '';
  const headings: string[] = [];
  for (const line of lines) {
    if (line.startsWith('## ')) {
      section = unescape(line.slice(3));
      headings.push(section);
      reading.items[section] = 0;
      continue;
    }
    if (line.startsWith('- ')) {
      reading.items[section] = (reading.items[section] ?? 0) + 1;
      readItem(line.slice(2), section, ctx, reading, fail);
      continue;
    }
    const smaller = /^_… .*?(\d+)/.exec(line);
    if (smaller) reading.smaller[section] = Number(smaller[1]);
    const period = /^Period: .*\.$/.exec(unescape(line));
    if (period) reading.period = period[0];
    checkText(unescape(line), ctx, fail);
    if (line !== '' && !line.startsWith('#') && DANGLING.test(unescape(line).replace(/_$/, '')))
      fail('dangling line', unescape(line));
  }
  checkHeadings(headings, ctx.milestoneTitles.length > 0, fail);
  checkCode(markdown, fail);
  for (const title of ctx.milestoneTitles)
    if (!unescape(markdown).includes(title)) fail('milestone title damaged', title);
  if (ctx.milestoneTitles.length === 0 && markdown.includes(en.empty.next))
    fail('no milestones, yet "all completed"', en.empty.next);
  return reading;
}

function checkTitle(line: string, ctx: CheckContext, fail: (check: string, example: string) => void): void {
  const prefix = en.title(ctx.projectName, '');
  if (!unescape(line).startsWith(`# ${prefix}`)) fail('title damaged', line);
}

// Candor's own headings, in order, each exactly once ("In progress and next" only when there are milestones to
// speak of); the review section never belongs to the client's text.
function checkHeadings(
  headings: readonly string[],
  hasMilestones: boolean,
  fail: (check: string, example: string) => void,
): void {
  const h = en.headings;
  const expected = [h.summary, h.delivered, h.fixed, h.next, h.risks, h.waiting, h.decisions];
  const required = hasMilestones ? expected : expected.filter((heading) => heading !== h.next);
  for (const heading of required) if (!headings.includes(heading)) fail('heading damaged', `missing "${heading}"`);
  for (const heading of headings) {
    // Read defensively: once the review points left the draft, the phrases may no longer name their heading.
    if (/^Review before sending$/i.test(heading) || heading === (h as Record<string, string>).review)
      fail('review section in the draft', heading);
    else if (!expected.includes(heading)) fail('heading damaged', heading);
  }
}

function readItem(
  raw: string,
  section: string,
  ctx: CheckContext,
  reading: DraftReading,
  fail: (check: string, example: string) => void,
): void {
  const labelled = /^\*\*(.+?)\*\*: (.*)$/.exec(raw);
  const text = unescape(labelled ? labelled[2]! : raw).replace(new RegExp(` \\(${en.breaking}\\)$`), '');
  if (labelled && (section === en.headings.delivered || section === en.headings.fixed)) {
    const label = unescape(labelled[1]!);
    reading.labels[label] = (reading.labels[label] ?? 0) + 1;
    reading.labelled++;
    if (FOLDERISH.has(label.toLowerCase())) reading.folderLabels++;
    else if (ctx.topFolders.includes(label)) reading.topFolderLabels++;
  }
  checkText(text, ctx, fail);
  if (DANGLING.test(text)) fail('dangling line', text);
  if (EMPTY_BRACKET.test(withoutCode(text))) fail('empty bracket', text);
  if (GAP.test(withoutCode(text))) fail('gap left by a removal', text);
  if (INTERNAL.test(text)) fail('internal marker left in', text);
  if (CONVENTION.test(text)) fail('ticket or area prefix left in', text);
  if (/\bthe team\b/i.test(text)) fail(`"${en.team}" substituted in an item`, text);
}

// People of the range, addresses and handles: none may reach the client.
function checkText(text: string, ctx: CheckContext, fail: (check: string, example: string) => void): void {
  if (text === '') return;
  const person = peopleMatcher(ctx.people).exec(text);
  if (person) fail('name of the range left in', `${person[2]}: ${text}`);
  const plain = withoutCode(text);
  if (EMAIL.test(plain)) fail('email left in', text);
  if (HANDLE.test(plain)) fail('handle left in', text);
}

// Markdown escaping inside a code span shows its backslashes to the reader.
function checkCode(markdown: string, fail: (check: string, example: string) => void): void {
  for (const span of markdown.match(/`[^`\n]+`/g) ?? [])
    if (/\\[\\*_[\]<>|]/.test(span)) fail('escape inside a code span', span);
}

// Committer names of a forge's web merges (not people, and they name products a line may rightly mention), and
// git's placeholders for a missing name ("unknown", "root"), which Candor rightly does not redact.
const NOT_PEOPLE = new Set(['github', 'gitlab', 'gitea', 'forgejo', 'bitbucket', 'unknown', 'root', 'your name']);

/** The names worth looking for: full names, and single-word names long enough not to be common words. */
export function peopleOf(names: Iterable<string>): string[] {
  const people = new Set<string>();
  for (const raw of names) {
    const name = raw.trim();
    if (NOT_PEOPLE.has(name.toLowerCase())) continue;
    if (name.length >= 4 && (name.includes(' ') || /[\d_-]|[a-z][A-Z]/.test(name) || name.length >= 6))
      people.add(name);
  }
  return [...people];
}

// One alternation for every person of the range, compiled once per list.
const matchers = new WeakMap<readonly string[], RegExp>();
function peopleMatcher(people: readonly string[]): RegExp {
  let re = matchers.get(people);
  if (!re) {
    const names = [...people].sort((a, b) => b.length - a.length).map(escapeRegExp);
    re =
      names.length === 0 ? /(?!)()()/ : new RegExp(`(^|[^\\p{L}\\p{N}_])(${names.join('|')})(?![\\p{L}\\p{N}_])`, 'u');
    matchers.set(people, re);
  }
  return re;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
