import { CST, isMap, isNode, Lexer, LineCounter, parseDocument, visit, type Alias, type Document, type Node } from 'yaml';
import { en } from '../i18n/lang/en';
import type { ProblemWords } from '../i18n/words';
import { fileIssue, type Issue, type Result, type Span } from '../result';
import { describeSchemaIssue } from './messages';
import { ID_LISTS, projectSchema, type ProjectFile } from './schema';

/** Sizes in UTF-8 bytes: a project.yaml is a few KB; beyond these it is almost certainly not one. */
export const WARN_BYTES = 256 * 1024;
export const MAX_BYTES = 2 * 1024 * 1024;
const MAX_ALIASES = 100;
/** C0 controls other than tab, LF and CR, and DEL: YAML forbids them, and echoed to a terminal they would drive it. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** Deeper than this is not a project file; the YAML parser's recursion can crash V8 itself far beyond it. */
export const MAX_DEPTH = 64;

/** A valid project.yaml with the line of every list item, so views can open the file where an item lives. */
export interface LoadedProject {
  file: ProjectFile;
  /** 1-based line of each list item and red-flag glob, keyed by its YAML path joined with dots: `phases.0.checklist.2`. */
  lines: ReadonlyMap<string, number>;
}

/** Parses and validates the text of a project.yaml; never throws, every problem comes back with its place (in `words`' language). */
export function loadProject(input: string, words: ProblemWords = en.problems): Result<LoadedProject> {
  // Editors hide the byte order mark, so columns on line 1 are counted without it.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_BYTES) return { ok: false, issues: [tooLarge(bytes, words)] };
  if (CONTROL.test(text)) {
    return { ok: false, issues: [binaryIssue(text, words)] };
  }
  const warnings: Issue[] = [];
  if (bytes > WARN_BYTES) {
    warnings.push(fileIssue(words.slow(words.size(bytes), words.size(WARN_BYTES)), 'warning'));
  }
  const deep = tooDeep(text, words);
  if (deep) return { ok: false, issues: [...warnings, deep] };
  try {
    return validate(text, warnings, words);
  } catch (error) {
    // The YAML library recurses per nesting level; absurd nesting exhausts the stack.
    if (error instanceof RangeError) return { ok: false, issues: [...warnings, fileIssue(words.nestedTooDeeply)] };
    throw error;
  }
}

function validate(text: string, warnings: Issue[], words: ProblemWords): Result<LoadedProject> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const at = spanOf(lineCounter, text);
  const syntax: Issue[] = [...doc.errors, ...doc.warnings].map((e) => ({
    ...at(e.pos[0], e.pos[1]),
    severity: doc.errors.includes(e as never) ? 'error' : 'warning',
    message: e.code === 'MULTIPLE_DOCS' ? words.secondDocument : words.syntax(firstLine(e.message)),
    path: [],
  }));
  const unresolved = unresolvedAliases(doc).map((node) => ({
    ...at(node.range?.[0] ?? 0, node.range?.[1] ?? 0),
    severity: 'error' as const,
    message: words.unknownAlias(node.source),
    path: [],
  }));
  const errors = [...syntax, ...unresolved].filter((i) => i.severity === 'error');
  if (errors.length > 0) return { ok: false, issues: [...warnings, ...errors] };
  warnings.push(...syntax);

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
    const issues = parsed.error.issues.flatMap((issue) => describeSchemaIssue(issue, data, words).map((d) => ({
      ...locate(d.path, d.key),
      severity: 'error' as const,
      message: d.message,
      path: d.key === undefined ? d.path : [...d.path, d.key],
    })));
    return { ok: false, issues: [...warnings, ...sortByPlace(issues)] };
  }
  const duplicates = duplicateIds(parsed.data).map(({ path, id }) => ({
    ...locate(path),
    severity: 'error' as const,
    message: words.duplicateId(id),
    path,
  }));
  if (duplicates.length > 0) return { ok: false, issues: [...warnings, ...duplicates] };
  warnings.push(...crossReferences(parsed.data, words).map(({ path, message }) => ({ ...locate(path), severity: 'warning' as const, message, path })));
  return { ok: true, value: { file: parsed.data, lines: itemLines(doc, parsed.data, lineCounter) }, issues: warnings };
}

/** The issue for a file too large to read; readers check the size before reading the text. */
export function tooLarge(bytes: number, words: ProblemWords = en.problems): Issue {
  return fileIssue(words.tooLarge(words.size(bytes), words.size(MAX_BYTES)));
}

function duplicateIds(file: ProjectFile): { path: (string | number)[]; id: string }[] {
  const lists: { path: (string | number)[]; items: readonly { id: string }[] }[] = ID_LISTS.map((name) => ({ path: [name], items: file[name] }));
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

function unresolvedAliases(doc: Document): Alias[] {
  const found: Alias[] = [];
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) === undefined) found.push(node);
    },
  });
  return found;
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

/**
 * Where nesting first goes deeper than MAX_DEPTH, from the YAML lexer's tokens (a flat loop, so it cannot overflow
 * the stack the way composing the document can): open flow brackets plus "- " and "? " indicators on one line.
 */
function tooDeep(text: string, words: ProblemWords): Issue | undefined {
  let flow = 0;
  let compact = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'newline') compact = 0;
    else if (type === 'flow-seq-start' || type === 'flow-map-start') flow++;
    else if ((type === 'flow-seq-end' || type === 'flow-map-end') && flow > 0) flow--;
    else if (type === 'seq-item-ind' || type === 'explicit-key-ind') compact++;
    if (flow + compact > MAX_DEPTH) {
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      return { line, column, endLine: line, endColumn: column + 1, severity: 'error', path: [], message: words.nestedMoreThan(MAX_DEPTH) };
    }
    offset += token.length;
  }
  return undefined;
}
