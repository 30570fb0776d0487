import { Composer, isMap, isNode, LineCounter, Parser, YAMLParseError, type CST, type Document, type Node } from 'yaml';
import { en } from '../lang/en/words';
import type { ProblemWords } from '../i18n/words';
import { validateGlob } from '../globCheck';
import { fileIssue, type Issue, type Result, type Span } from '../result';
import { countSeparators, MAX_DEPTH, MAX_SEPARATORS, normalizeLineEnds, tooDeepAt } from './guards';
import { describeSchemaIssue } from './messages';
import { findUnusableNodes, MAX_ALIAS_NODES } from './nodeChecks';
import { syntaxIssues } from './syntax';
import { projectSchema, type ProjectFile } from './schema';
import { ID_LISTS } from './vocabulary';

export { MAX_DEPTH, MAX_SEPARATORS } from './guards';

/** Sizes in UTF-8 bytes: a project.yaml is a few KB; beyond these it is almost certainly not one. */
export const WARN_BYTES = 256 * 1024;
export const MAX_BYTES = 2 * 1024 * 1024;
const MAX_ALIASES = 100;
/** Schema problems beyond this many are counted, not listed: one mistake repeated 40,000 times is one fix. */
export const MAX_LISTED_PROBLEMS = 100;
/** C0 controls other than tab, LF and CR, and DEL: YAML forbids them, and echoed to a terminal they would drive it. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** A valid project.yaml with the line of every list item, so views can open the file where an item lives. */
export interface LoadedProject {
  file: ProjectFile;
  /** 1-based line of each list item and red-flag glob, keyed by its YAML path joined with dots: `phases.0.checklist.2`. */
  lines: ReadonlyMap<string, number>;
}

/**
 * Parses and validates the text of a project.yaml; never throws, every problem comes back with its place (in
 * `words`' language). Linear in the input: size, node count and nesting are bounded before the YAML is composed.
 */
export function loadProject(input: string, words: ProblemWords = en.problems): Result<LoadedProject> {
  // Editors hide the byte order mark, so columns on line 1 are counted without it.
  const text = normalizeLineEnds(input.startsWith('\uFEFF') ? input.slice(1) : input);
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_BYTES) return { ok: false, issues: [tooLarge(bytes, words)] };
  if (CONTROL.test(text)) {
    return { ok: false, issues: [binaryIssue(text, words)] };
  }
  const warnings: Issue[] = [];
  if (bytes > WARN_BYTES) {
    warnings.push(fileIssue(words.slow(words.size(bytes), words.size(WARN_BYTES)), 'warning'));
  }
  if (countSeparators(text) > MAX_SEPARATORS)
    return { ok: false, issues: [...warnings, fileIssue(words.tooManyNodes(MAX_SEPARATORS))] };
  const lineCounter = new LineCounter();
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const at = spanOf(lineCounter, text);
  const deep = tooDeepAt(tokens);
  if (deep !== undefined) {
    return {
      ok: false,
      issues: [
        ...warnings,
        { ...at(deep, deep + 1), severity: 'error', path: [], message: words.nestedMoreThan(MAX_DEPTH) },
      ],
    };
  }
  try {
    return validate(compose(tokens, text.length), text, lineCounter, warnings, words);
  } catch (error) {
    // Not expected past the depth check; kept so that no input can make the loader throw.
    if (error instanceof RangeError) return { ok: false, issues: [...warnings, fileIssue(words.nestedTooDeeply)] };
    throw error;
  }
}

/** The first document of the CST, as `parseDocument` composes it; a second one is an error. */
function compose(tokens: readonly CST.Token[], length: number): Document {
  // logLevel 'error': the library's warnings (a collection used as a key, say) must never reach stderr; the
  // ones that matter are found below and reported at their place.
  // uniqueKeys off: the library's check is quadratic in a map's size; findUnusableNodes does it linearly.
  const composer = new Composer({ uniqueKeys: false, strict: true, logLevel: 'error' });
  let doc: Document | undefined;
  for (const next of composer.compose(tokens, true, length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'a second document'));
      break;
    }
  }
  return doc!;
}

function validate(
  doc: Document,
  text: string,
  lineCounter: LineCounter,
  warnings: Issue[],
  words: ProblemWords,
): Result<LoadedProject> {
  const at = spanOf(lineCounter, text);
  const syntax: Issue[] = [
    ...syntaxIssues(doc.errors, at, words),
    ...doc.warnings.map((e) => ({
      ...at(e.pos[0], e.pos[1]),
      severity: 'warning' as const,
      message: words.syntax(firstLine(e.message)),
      path: [],
    })),
  ];
  const found = findUnusableNodes(doc);
  if (found.aliases > MAX_ALIAS_NODES)
    return { ok: false, issues: [...warnings, fileIssue(words.tooManyAliases(MAX_ALIAS_NODES))] };
  const place = (node: Node) => at(node.range?.[0] ?? 0, node.range?.[1] ?? 0);
  const unusable = [
    ...found.unresolved.map((node) => ({ ...place(node), message: words.unknownAlias(node.source) })),
    ...found.complexKeys.map((node) => ({ ...place(node), message: words.complexKey })),
    ...found.repeatedKeys.map(({ node, key }) => ({ ...place(node), message: words.duplicateKey(key) })),
  ].map((issue) => ({ ...issue, severity: 'error' as const, path: [] }));
  const errors = sortByPlace([...syntax, ...unusable].filter((i) => i.severity === 'error'));
  if (errors.length > 0) return { ok: false, issues: [...warnings, ...capped(errors, words)] };
  warnings.push(...capped(syntax, words));

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = error instanceof Error ? firstLine(error.message) : String(error);
    return { ok: false, issues: [...warnings, fileIssue(words.couldNotRead(message))] };
  }
  if (data === null || data === undefined) {
    return { ok: false, issues: [...warnings, fileIssue(words.empty)] };
  }

  const locate = (path: readonly (string | number)[], key?: string): Span => {
    const node = nodeAt(doc, path, key);
    return node?.range ? at(node.range[0], node.range[1]) : at(0, 0);
  };
  const parsed = projectSchema.safeParse(data);
  if (!parsed.success) {
    const described = parsed.error.issues.flatMap((issue) => describeSchemaIssue(issue, data, words));
    // Only the listed problems are located: finding a key's node is linear in its map.
    const issues = described.slice(0, MAX_LISTED_PROBLEMS).map((d) => ({
      ...locate(d.path, d.key),
      severity: 'error' as const,
      message: d.message,
      path: d.key === undefined ? d.path : [...d.path, d.key],
    }));
    return { ok: false, issues: [...warnings, ...capped(sortByPlace(issues), words, described.length)] };
  }
  const duplicated = duplicateIds(parsed.data);
  const duplicates = duplicated.slice(0, MAX_LISTED_PROBLEMS).map(({ path, id }) => ({
    ...locate(path),
    severity: 'error' as const,
    message: words.duplicateId(id),
    path,
  }));
  if (duplicates.length > 0)
    return { ok: false, issues: [...warnings, ...capped(duplicates, words, duplicated.length)] };
  const notes = [...crossReferences(parsed.data, words), ...globProblems(parsed.data, words)];
  warnings.push(
    ...capped(
      sortByPlace(notes.map(({ path, message }) => ({ ...locate(path), severity: 'warning' as const, message, path }))),
      words,
    ),
  );
  return { ok: true, value: { file: parsed.data, lines: itemLines(doc, parsed.data, lineCounter) }, issues: warnings };
}

/** The issue for a file too large to read; readers check the size before reading the text. */
export function tooLarge(bytes: number, words: ProblemWords = en.problems): Issue {
  return fileIssue(words.tooLarge(words.size(bytes), words.size(MAX_BYTES)));
}

function duplicateIds(file: ProjectFile): { path: (string | number)[]; id: string }[] {
  const lists: { path: (string | number)[]; items: readonly { id: string }[] }[] = ID_LISTS.map((name) => ({
    path: [name],
    items: file[name],
  }));
  file.phases.forEach((p, i) => lists.push({ path: ['phases', i, 'checklist'], items: p.checklist }));
  return lists.flatMap(({ path, items }) => {
    const seen = new Set<string>();
    return items.flatMap((item, i) => {
      if (!seen.has(item.id)) return (seen.add(item.id), []);
      return [{ path: [...path, i, 'id'], id: item.id }];
    });
  });
}

function crossReferences(file: ProjectFile, words: ProblemWords): { path: (string | number)[]; message: string }[] {
  const phase = file.project.phase;
  if (phase === undefined || file.phases.some((p) => p.id === phase)) return [];
  const known = file.phases.map((p) => p.id).join(', ') || words.noPhasesDefined;
  return [{ path: ['project', 'phase'], message: words.unknownPhase(phase, known) }];
}

/**
 * Globs that would reach outside the workspace (absolute, `~`, `..`): red flags and milestones ignore them, so
 * the file is still valid, but each is a warning at the glob itself rather than a silent gap in `flags`.
 */
function globProblems(file: ProjectFile, words: ProblemWords): { path: (string | number)[]; message: string }[] {
  const owners = [
    ['red_flags', file.red_flags],
    ['milestones', file.milestones],
  ] as const;
  return owners.flatMap(([list, items]) =>
    items.flatMap((item, i) =>
      (item.paths ?? []).flatMap((glob, j) => {
        const check = validateGlob(glob, words);
        return check.ok ? [] : [{ path: [list, i, 'paths', j], message: words.badGlob(glob, check.message) }];
      }),
    ),
  );
}

function itemLines(doc: Document, file: ProjectFile, lineCounter: LineCounter): Map<string, number> {
  const lines = new Map<string, number>();
  const record = (path: (string | number)[]) => {
    const node = doc.getIn(path, true);
    if (isNode(node) && node.range) lines.set(path.join('.'), lineCounter.linePos(node.range[0]).line);
  };
  for (const list of ID_LISTS) file[list].forEach((_, i) => record([list, i]));
  file.phases.forEach((p, i) => p.checklist.forEach((_, j) => record(['phases', i, 'checklist', j])));
  // Glob problems are reported on the glob's own line.
  file.red_flags.forEach((f, i) => f.paths?.forEach((_, j) => record(['red_flags', i, 'paths', j])));
  return lines;
}

/** The node at `path`, or its key node when `key` names a key of the map there; the nearest ancestor otherwise. */
function nodeAt(doc: Document, path: readonly (string | number)[], key?: string): Node | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (!isNode(node)) continue;
    if (key !== undefined && n === path.length && isMap(node)) {
      const pair = node.items.find((p) => isNode(p.key) && String((p.key as { value?: unknown }).value) === key);
      if (pair && isNode(pair.key)) return pair.key;
    }
    return node;
  }
  return undefined;
}

/** The first MAX_LISTED_PROBLEMS of `issues`, and one more that counts the rest (of `total`). */
function capped(issues: Issue[], words: ProblemWords, total: number = issues.length): Issue[] {
  if (total <= MAX_LISTED_PROBLEMS) return issues;
  const severity = issues[0]?.severity ?? 'error';
  return [
    ...issues.slice(0, MAX_LISTED_PROBLEMS),
    fileIssue(words.moreProblems(total - MAX_LISTED_PROBLEMS), severity),
  ];
}

function spanOf(lineCounter: LineCounter, text: string) {
  return (start: number, end: number): Span => {
    const s = lineCounter.linePos(Math.min(start, text.length));
    const e = lineCounter.linePos(Math.min(Math.max(end, start), text.length));
    return { line: s.line, column: s.col, endLine: e.line, endColumn: e.col };
  };
}

function binaryIssue(text: string, words: ProblemWords): Issue {
  const offset = text.search(CONTROL);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column, endLine: line, endColumn: column + 1, severity: 'error', path: [], message: words.binary };
}

function sortByPlace(issues: Issue[]): Issue[] {
  return issues.sort((a, b) => a.line - b.line || a.column - b.column);
}

const firstLine = (message: string) => message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
