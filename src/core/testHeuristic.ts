/**
 * Without a coverage report, a guess at which source files have no test: a file counts as tested when a file
 * named like its test exists anywhere in the workspace. Names, not imports, so it is only ever a guess.
 */

// Language families: a `foo.ts` may be tested by `foo.test.js` (compiled tests) but not by `test_foo.py`.
const FAMILIES: Record<string, string> = {
  ts: 'js',
  tsx: 'js',
  mts: 'js',
  cts: 'js',
  js: 'js',
  jsx: 'js',
  mjs: 'js',
  cjs: 'js',
  vue: 'js',
  svelte: 'js',
  py: 'py',
  go: 'go',
  java: 'jvm',
  kt: 'jvm',
  scala: 'jvm',
  groovy: 'jvm',
  rb: 'rb',
  php: 'php',
  cs: 'cs',
  rs: 'rs',
  swift: 'swift',
  dart: 'dart',
  ex: 'ex',
  exs: 'ex',
  c: 'c',
  cc: 'c',
  cpp: 'c',
  h: 'c',
  hpp: 'c',
};
const TEST_FOLDERS = new Set(['test', 'tests', '__tests__', 'spec', 'specs']);

/** Looks up whether a source file has a matching test file; build it once per file list. */
export interface TestIndex {
  hasTest(file: string): boolean;
  isTest(file: string): boolean;
}

/** Indexes the test files of a workspace file list by the source name they test. */
export function buildTestIndex(files: readonly string[]): TestIndex {
  const tested = new Set<string>();
  const tests = new Set<string>();
  for (const file of files) {
    const stems = testedStems(file);
    if (stems.length === 0) continue;
    tests.add(file);
    for (const stem of stems) tested.add(stem);
  }
  return {
    hasTest: (file) => {
      const parts = splitName(file);
      return parts !== undefined && tested.has(key(parts.stem, parts.family));
    },
    isTest: (file) => tests.has(file),
  };
}

/**
 * The source files among `candidates` with no matching test file in `files` (test files themselves and
 * files that are not source code, such as YAML or Markdown, are left out): a guess, to be labelled as one.
 */
export function filesWithoutTests(candidates: readonly string[], files: readonly string[] | TestIndex): string[] {
  const index = Array.isArray(files) ? buildTestIndex(files) : (files as TestIndex);
  return candidates.filter(
    (file) => splitName(file) !== undefined && !index.isTest(file) && !isTestName(file) && !index.hasTest(file),
  );
}

/** Whether a file is a test by its name (`foo.test.ts`, `foo_test.go`, `FooTest.java`) or its folder (`test/foo.ts`). */
export function isTestFile(file: string): boolean {
  return testedStems(file).length > 0;
}

function isTestName(file: string): boolean {
  const parts = splitName(file);
  return parts !== undefined && testStem(parts.stem, parts.family) !== undefined;
}

/** The keys of the source files a test file tests; empty for a file that is not a test. */
function testedStems(file: string): string[] {
  const parts = splitName(file);
  if (!parts) return [];
  const stem = testStem(parts.stem, parts.family);
  if (stem !== undefined) return [key(stem, parts.family)];
  // `test/foo.ts`, `__tests__/foo.js`: a file in a test folder tests the source of the same name.
  const folders = file.split('/').slice(0, -1);
  return folders.some((f) => TEST_FOLDERS.has(f.toLowerCase())) ? [key(parts.stem, parts.family)] : [];
}

/** `foo.test` → `foo`, `test_foo` → `foo`, `FooTest` → `Foo`; undefined when the name is not a test's. */
function testStem(stem: string, family: string): string | undefined {
  const dotted = /^(.+)\.(?:test|spec|tests|specs)$/i.exec(stem);
  if (dotted && family !== 'go') return dotted[1];
  if (family === 'py' && stem.startsWith('test_') && stem.length > 5) return stem.slice(5);
  if (/^(.+)_(?:test|spec)$/.exec(stem)) return stem.replace(/_(?:test|spec)$/, '');
  if (/^(.+[a-z0-9])(?:Test|Tests|Spec|IT)$/.exec(stem)) return stem.replace(/(?:Test|Tests|Spec|IT)$/, '');
  return undefined;
}

function splitName(file: string): { stem: string; family: string } | undefined {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const family = FAMILIES[name.slice(dot + 1).toLowerCase()];
  return family === undefined ? undefined : { stem: name.slice(0, dot), family };
}

const key = (stem: string, family: string) => `${family}:${stem.toLowerCase()}`;
