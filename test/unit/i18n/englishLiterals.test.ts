import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';

/**
 * Every sentence a user reads comes from a language pack (src/core/lang/<language>/) or, in VS Code, from
 * `vscode.l10n.t` and its bundles. This test reads the source as TypeScript and fails on any English sentence
 * written elsewhere: a string or template literal of three words or more, outside the positions where English is
 * right (an `Error` for a programmer, the log, `vscode.l10n.t`'s key, a comment).
 */
const ROOT = path.resolve(__dirname, '../../../src');
// The packs themselves: their sentences are the point.
const PACKS = path.join(ROOT, 'core', 'lang');

// Three words of letters in a row: "There is no tag", not `--format=%H` or `src/**/*.ts`.
const SENTENCE = /\p{L}{2,}[’']?\p{L}* +\p{L}+[’']?\p{L}* +\p{L}+/u;
// Calls whose text is for the developer: the log, and the key of a VS Code l10n string.
const LOG_CALL =
  /(?:^|\.)(?:log|logger|channel|output|console)\.(?:trace|debug|info|warn|error|appendLine|log)$|(?:^|\.)l10n\.t$/;

/** The small, explicit exceptions: text that is not a message in English, each with why. */
const ALLOWED: readonly { file: string; why: string }[] = [
  {
    file: 'core/draft/cues.ts',
    why: 'phrases recognised in commit messages ("thanks to"), in every language; never shown',
  },
  { file: 'core/draft/words.ts', why: 'words recognised in commit messages (never names); never shown' },
  { file: 'core/report/css.ts', why: "the client page's style sheet" },
  { file: 'node/markers/gitGrep.ts', why: 'why git grep was not used, for the log; the scan then runs anyway' },
];

interface Finding {
  file: string;
  line: number;
  text: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return full === PACKS ? packSupport(full) : sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

// The pack folder's own code (the registry, the contracts) is scanned; the language folders are not.
function packSupport(dir: string): string[] {
  return fs.readdirSync(dir).flatMap((name) => (name.endsWith('.ts') ? [path.join(dir, name)] : []));
}

// Where English is right: the argument of `new Error(…)`, of a log call, or of `vscode.l10n.t`.
function forDevelopers(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at; at = at.parent) {
    if (ts.isNewExpression(at) && /Error$/.test(at.expression.getText())) return true;
    if (ts.isCallExpression(at) && LOG_CALL.test(at.expression.getText())) return true;
    if (ts.isFunctionLike(at) || ts.isSourceFile(at)) return false;
  }
  return false;
}

// Literals that are not read as prose: imports, types, regex sources given to `new RegExp`.
function notProse(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent)) return true;
  if (ts.isNewExpression(parent) && parent.expression.getText() === 'RegExp') return true;
  return ts.isTaggedTemplateExpression(parent) || ts.isTaggedTemplateExpression(parent.parent);
}

function textOf(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('…');
  return undefined;
}

function englishLiterals(file: string): Finding[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Finding[] = [];
  const visit = (node: ts.Node): void => {
    const text = textOf(node);
    if (text !== undefined && SENTENCE.test(text) && !notProse(node) && !forDevelopers(node)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push({ file: path.relative(ROOT, file), line, text });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((f) => !ALLOWED.some((a) => f.file === a.file));
}

describe('user-facing English lives in the English pack', () => {
  it('finds no English sentence outside src/core/lang/<language>/, the log, Error and vscode.l10n.t', () => {
    const found = sourceFiles(ROOT).flatMap(englishLiterals);
    assert.deepEqual(
      found.map((f) => `${f.file}:${f.line}: ${f.text}`),
      [],
      'move each sentence into the packs (src/core/lang/<language>/), or into l10n/ in src/vscode',
    );
  });

  it('sees a sentence in a message and none in a log line or an Error (the scanner itself)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-literals-'));
    const file = path.join(dir, 'sample.ts');
    fs.writeFileSync(
      file,
      [
        "const shown = 'The report could not be read.';",
        "log.warn('the worker stopped early');",
        "throw new Error('unreachable state reached here');",
        "const flag = '--format=%H%x00%s';",
      ].join('\n'),
    );
    try {
      assert.deepEqual(
        englishLiterals(file).map((f) => f.text),
        ['The report could not be read.'],
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
