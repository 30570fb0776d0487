/**
 * Reading a commit subject in every common convention: conventional commits (`feat(ui)!: …`), mailing-list
 * prefixes (`net: fix …`, `mm, slab: add …`), ticket style (`Fixed #123 -- Made …`), bracketed areas, backport
 * marks and author suffixes (`[3.2.x] …`, `… [Jane Doe]`), and plain subjects in English, French, Spanish and
 * German. The words decide the section; tests, docs, typos and version bumps are noise whatever the style.
 */
import { isBugReport, isDeveloperOnly, isInternalWork } from './plainWords';
import type { ChangeKind } from './types';

/** Hidden unless the project says otherwise (`candor.status.hiddenTypes` has the same default). */
export const DEFAULT_NOISE_TYPES: readonly string[] = ['chore', 'ci', 'build', 'test', 'style', 'refactor', 'docs'];
// Always hidden, whatever the setting: housekeeping that is never client news.
const HOUSEKEEPING_TYPES = new Set(['deps', 'cleanup', 'release', 'lint', 'format', 'typo', 'tooling', 'bump']);
// Spellings of a hidden type that follow its setting: hiding `docs` hides `doc`.
const ALIASES: Record<string, string> = {
  doc: 'docs',
  tests: 'test',
  testing: 'test',
  styles: 'style',
  chores: 'chore',
};

/** What a subject says once its convention is read. */
export interface SubjectReading {
  type: string | undefined;
  scope: string | undefined;
  breaking: boolean;
  /** The words meant for a reader: the subject without its type, area, ticket or author marks. */
  text: string;
  kind: ChangeKind;
}

const FEATURE_TYPES = new Set(['feat', 'feature', 'perf']);
const FIX_TYPES = new Set(['fix', 'bugfix', 'hotfix']);
// Scopes that make even a `fix` or `feat` internal: `fix(deps): bump …`, `fix(docs): typo`.
const NOISE_SCOPES = new Set([
  'deps',
  'deps-dev',
  'dev-deps',
  'devdeps',
  'tests',
  'readme',
  'changelog',
  'release',
  'lint',
  'typo',
  'tooling',
]);
// Mailing-list areas that are the project's own machinery (`t/t1234: …`, `Documentation/git-log: …`, `ci: …`).
const INTERNAL_AREAS =
  /^(t|t\d{4}\S*|tests?|testing|selftests?|spec|docs?|documentation|relnotes|ci|github|gitlab-ci|travis|build|makefile|meson|cmake|lint|po|typos?)$/i;

// The word before the bracket may be an area with digits or a slash: `a11y(form): …`, `fix/refactor(ui): …`.
const CONVENTIONAL = /^([A-Za-z][A-Za-z0-9]*(?:\/[A-Za-z][A-Za-z0-9]*)*)(?:\(([^()\r\n]*)\))?(!)?:\s*(.*)$/;
// `net: fix`, `mm, slab: add`, `drm/i915: Fix`, `builtin/log.c: fix`: paths and names, commas between.
const AREA_PREFIX = /^((?:[\w.+*{}-]+\/)*[\w.+*{}-]+(?:,\s*(?:[\w.+*{}-]+\/)*[\w.+*{}-]+)*):\s+(\S.*)$/;
// `Fixed #123 -- Made …`, `Refs #123, #124 -- …`, `Closes #12: …`.
const TICKET_STYLE =
  /^(fixe[ds]|fix|closes?|closed|resolve[ds]?|refs?)\s+#?[A-Za-z]*-?\d+(?:\s*(?:,|and)\s*#?[A-Za-z]*-?\d+)*\s*(?:--|—|:|-)\s+(\S.*)$/i;
const LEADING_BRACKET = /^\[([^\]]{1,40})\]\s*/;
// `KAFKA-123 Remove …`, `SHOP-12; Add …`, `shop-12; add …`: a tracker key before the words, with or without a mark.
const LEADING_TICKET = /^(?:[A-Z][A-Z0-9]+-\d+[:;]?|[a-z][a-z0-9]+-\d+;)\s+(?=\S)/;
const VERSION = /^v?\d+(?:\.[\dx]+)+(?:[-.]\w+)*$/i;
// A trailing bracket that may name people (1–3 capitalised words or a login, joined by `,`, `&` or `and`): not read.
const PERSON = String.raw`(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}|@?[A-Za-z][\w-]*)`;
// Read from the last `[`: a search from every position was quadratic in a run of spaces.
const AUTHOR_SUFFIX = new RegExp(String.raw`^\[${PERSON}(?:\s*(?:,|&|\band\b)\s*${PERSON})*\]\s*$`, 'u');
// A run of spaces is tried from where it starts only (from each of its spaces it was quadratic).
const SKIP_CI = /(?<!\s)\s*\[(?:skip ci|ci skip|no ci|skip actions)\]/gi;

// Plain subjects. Fix verbs, in the four languages (German often puts the verb last: "Absturz behoben").
const PLAIN_FIX =
  /^(fix(e[ds]|ing)?|bug ?fix(es)?|hotfix|correct(ed|s|ion)?|resolve[ds]?|repair(ed|s)?|corrig\p{L}*|correction|correcci[oó]n|répar\p{L}*|résou\p{L}*|arregl\p{L}*|repar\p{L}*|soluciona\p{L}*|beheb\p{L}*|behoben|korrigier\p{L}*|fehlerbehebung)(?![\p{L}-])/iu;
const FIX_LAST = /\s(behoben|korrigiert|repariert|gefixt)\.?$/i;
// "Plug a memory leak", "avoid a crash", "stop leaking fds": the subject names a bug, unless it adds something.
const BUG_VERB = /^(plug|prevent(s|ed)?|avoid(s|ed)?|stop(s|ped)? (leaking|crashing))\b/i;
const BUG_NOUN =
  /\b(leak(s|ing)?|crash(es|ing)?|segfaults?|regressions?|deadlocks?|race|use-after-free|double free|off-by-one|overflow|null (pointer )?dereference|oob (read|write)|infinite loop|absturz|plantage|fuite)\b/i;
const FEATURE_VERB =
  /^(add(s|ed)?|introduce[ds]?|implement(s|ed)?|support(s|ed)?|allow(s|ed)?|enable[ds]?|teach|new|ajoute?|añade|agrega|fügt)\b/i;
// Housekeeping and releases, first word: "Bump x from 1 to 2", "Release 4.2", "v2.3.1", "Router@^2.2.0".
const PLAIN_NOISE =
  /^(bump|update (deps|dependencies)|upgrade (deps|dependencies)|merge (branch|pull request|remote-tracking|tag|#|\S+ into)|reformat|formatting\b|format (code|files|sources)|lint\b|typos?\b|refactor|tests?\b|ci\b|docs?\b|documentation|documentación|dokumentation|readme|rdoc\b|yard\b|javadoc\b|changelog|chore|cleanup|clean up|wip\b|versi[oó]n\b|release\b|releasing\b|prepare (for )?(the )?(release|v?\d)|tippfehler|coquilles?\b|faute de frappe|errata|mise à jour (de la |des |du )?(doc|documentation|dépendances|tests?)|remove[ds]? (an? |the |some )?(unused|dead|obsolete|redundant|unnecessary)\b|(start|begin)( the)? v?\d+(\.\d+)+( cycle)?$|[\w.-]+ v?\d+(\.\d+)+(-?rc\d*|-?beta\.?\d*)?$|v?\d+\.\d+|[\w@/.-]+@[\^~]?\d+(\.\d+)*\S*$)/iu;
// "Add tests for …", "Fix typo in …", "Ajoute des tests", "Añade pruebas", "Fügt Tests hinzu": the object is internal.
const FILLER = String.raw`(?:the|a|an|some|more|missing|new|flaky|failing|broken|incorrect|outdated|wrong|misleading|stale|unit|integration|regression|e2e|de|des|du|la|le|les|un|une|d'|nouveaux|nouvelles|los|las|el|unos|unas|más|die|der|den|neue|weitere|fehlende)`;
// The object must end the subject or be followed by a preposition: "Add spec sheet download" is a feature.
const FOLLOWER = String.raw`(?:for|to|in|of|on|at|about|with|and|again|that|which|when|where|showing|demonstrating|cases?|coverage|helpers?|fixtures?|utils|pour|sur|dans|de|du|des|d'|unitaires|para|en|del|y|unitarios|für|zu|zum|zur|im|von|und|hinzu|hinzugefügt|aktualisiert)`;
const INTERNAL_OBJECT = new RegExp(
  String.raw`^\S+\s+(?:${FILLER}\s+){0,3}(tests?|specs?|test suite|testsuite|docs?|documentation|documentación|dokumentation|readme|changelog|typos?|tippfehler|faute de frappe|fautes de frappe|coquilles?|erratas?|pruebas?|docstrings?|lint|linter|linting|ci)(?:[\s,.:;!?)]*$|\s+${FOLLOWER}(?![\p{L}]))`,
  'iu',
);

// A dependency's version bump, as "Bump x from 1 to 2" is, in the four languages: a three-part version ("Update
// rolldown to 1.1.2", "Met à jour rolldown vers 1.1.2"), or a name with a hyphen, slash, dot, @ or digit ("Update
// actions/checkout to v7"). "Update shipping to 4.90" or "Update checkout to v2" is the client's news. Each part
// reads in one pass: a million digits take milliseconds.
const PACKAGE_NAME = String.raw`(?=[\w@/.-]*[-/.@\d])[\w@/.-]+`;
const SEMVER = String.raw`v?\d+\.\d+\.\d+(?:[-+][\w.]+)?`;
const TO = String.raw`\s+(?:to|vers|en|a|auf)\s+(?:la\s+versión\s+)?`;
const NAMED_VERSION = String.raw`(?:[\w@/.-]+${TO}${SEMVER}|${PACKAGE_NAME}${TO}v?\d+(?:\.\d+)?)`;
const VERSION_UPDATE = new RegExp(
  String.raw`^(?:(?:update|upgrade|met à jour|mise à jour de|actualiza|actualizar|aktualisiert?|aktualisiere)\s+${NAMED_VERSION}|${NAMED_VERSION}\s+aktualisiert)$`,
  'iu',
);

/**
 * Reads a subject's convention: type, scope (the area it names), breaking mark, text and section. A trailing
 * bracket (`[Jane Doe]`, `[Beta]`) is left out of the reading but kept in the text: the redaction removes it
 * when it names a person, and traces it, while `[Beta]` or `[mobile]` stay the client's words.
 */
export function readSubject(raw: string, noise: ReadonlySet<string>): SubjectReading {
  const cleaned = raw.replace(SKIP_CI, '').trim();
  const suffix = authorSuffix(cleaned);
  const reading = readConvention(cleaned.slice(0, cleaned.length - suffix.length).trim(), noise);
  return suffix ? { ...reading, text: reading.text + suffix } : reading;
}

// The trailing `[Jane Doe]` with the spaces before it, or ''.
function authorSuffix(subject: string): string {
  const open = subject.lastIndexOf('[');
  if (open < 0 || !AUTHOR_SUFFIX.test(subject.slice(open))) return '';
  let start = open;
  while (start > 0 && /\s/.test(subject.charAt(start - 1))) start--;
  return subject.slice(start).trimEnd();
}

function readConvention(stripped: string, noise: ReadonlySet<string>): SubjectReading {
  let subject = stripped;
  let scope: string | undefined;
  const bracket = LEADING_BRACKET.exec(subject);
  if (bracket) {
    // `[3.2.x] Fixed …` is a backport mark; `[checkout] Add …` names an area.
    if (!VERSION.test(bracket[1]!.trim())) scope = bracket[1]!.trim();
    subject = subject.slice(bracket[0].length);
  }
  subject = subject.replace(LEADING_TICKET, '');
  const ticket = TICKET_STYLE.exec(subject);
  if (ticket)
    return {
      type: undefined,
      scope,
      breaking: false,
      text: ticket[2]!.trim(),
      kind: ticketKind(ticket[1]!, ticket[2]!),
    };
  const conventional = CONVENTIONAL.exec(subject);
  const type = conventional?.[1]!.toLowerCase();
  if (conventional && type && isConventionalType(type, noise)) {
    const typeScope = conventional[2]?.trim() || undefined;
    const scopeIsNoise =
      typeScope !== undefined &&
      (isNoiseType(typeScope.toLowerCase(), noise) || NOISE_SCOPES.has(typeScope.toLowerCase()));
    const typed = FIX_TYPES.has(type) || FEATURE_TYPES.has(type);
    const kind =
      typed && saysInternal(conventional[4]!)
        ? 'noise'
        : FIX_TYPES.has(type)
          ? 'fix'
          : FEATURE_TYPES.has(type)
            ? 'feature'
            : isNoiseType(type, noise)
              ? 'noise'
              : 'feature';
    return {
      type,
      scope: typeScope ?? scope,
      breaking: Boolean(conventional[3]),
      text: conventional[4]!.trim(),
      kind: scopeIsNoise ? 'noise' : kind,
    };
  }
  // `rt(unstable): remove …`: an area that is no type, with its sub-area in brackets.
  if (conventional?.[2] !== undefined) return readAreas(conventional[1]!, conventional[4]!, noise);
  const area = AREA_PREFIX.exec(subject);
  if (area) return readAreas(area[1]!, area[2]!, noise);
  return { type: undefined, scope, breaking: false, text: subject, kind: plainKind(subject) };
}

// `arm64: dts: add …`: nested areas are read one after the other; the first is the scope, the words left decide.
function readAreas(first: string, rest: string, noise: ReadonlySet<string>): SubjectReading {
  const areas = [first];
  let text = rest;
  for (
    let next = AREA_PREFIX.exec(text);
    next && next[1]!.length <= 24 && areas.length < 5;
    next = AREA_PREFIX.exec(text)
  ) {
    areas.push(next[1]!);
    text = next[2]!;
  }
  const internal = areas[0]!
    .split(/,\s*/)
    .every((a) => INTERNAL_AREAS.test(a.split('/')[0]!) || isNoiseType(a.split('/')[0]!.toLowerCase(), noise));
  const kind = internal
    ? 'noise'
    : areas.some((a) => PLAIN_FIX.test(a)) && plainKind(text) !== 'noise'
      ? 'fix'
      : plainKind(text);
  return { type: undefined, scope: first, breaking: false, text: text.trim(), kind };
}

// Known types read as conventional commits; any other word before a colon is a mailing-list area.
function isConventionalType(type: string, noise: ReadonlySet<string>): boolean {
  return (
    FEATURE_TYPES.has(type) ||
    FIX_TYPES.has(type) ||
    noise.has(type) ||
    DEFAULT_NOISE_TYPES.includes(ALIASES[type] ?? type) ||
    HOUSEKEEPING_TYPES.has(type)
  );
}

function isNoiseType(type: string, noise: ReadonlySet<string>): boolean {
  return noise.has(type) || HOUSEKEEPING_TYPES.has(type) || noise.has(ALIASES[type] ?? type);
}

// A `fix:` or `feat:` whose words say internal work ("fix: typo", "feat: add tests for …", "fix: linter").
function saysInternal(text: string): boolean {
  const t = text.trim();
  // "fix: typo and updated province names" also changed what the client reads: a second clause keeps it.
  return (
    (INTERNAL_OBJECT.test(t) && !/\band\b/i.test(t)) ||
    isDeveloperOnly(t) ||
    /^(?:typos?|lint|linter|linting|tests?|docs?)\b/i.test(t)
  );
}

/** The section of a subject with no type: its first verb (or German last) decides; housekeeping is noise. */
export function plainKind(text: string): ChangeKind {
  const t = text
    .replace(/(?<!\s)\s*\((?:#|!|PR\s*#?)\d+\)/gi, '')
    .trim()
    .replace(/(?<![.!])[.!]+$/, '');
  if (PLAIN_NOISE.test(t) || INTERNAL_OBJECT.test(t) || isInternalWork(t) || VERSION_UPDATE.test(t)) return 'noise';
  if (PLAIN_FIX.test(t) || FIX_LAST.test(t) || BUG_VERB.test(t)) return 'fix';
  if ((BUG_NOUN.test(t) || isBugReport(t)) && !FEATURE_VERB.test(t)) return 'fix';
  return 'feature';
}

// "Fixed #123 -- Added support for …" closes a feature ticket; "Fixed #123 -- Made … respect …" a bug.
function ticketKind(verb: string, rest: string): ChangeKind {
  const kind = plainKind(rest);
  if (kind !== 'feature' || /^refs?$/i.test(verb)) return kind;
  return /^(add(ed|s)?|allow(ed|s)?|implement(ed|s)?|introduce[ds]?|support(ed|s)?|enable[ds]?|exposed?|provided?)\b/i.test(
    rest.trim(),
  )
    ? 'feature'
    : 'fix';
}
