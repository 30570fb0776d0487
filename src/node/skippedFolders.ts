// The one list of folders Candor's searches leave out. No imports: the main bundle, the workers and the coverage
// search take it without taking the code that walks.

/** Dependency, tool-cache and version-control folders: no search of Candor's enters them (the walk, the marker
 * scan, `git grep`, the coverage-report search). */
export const TOOL_FOLDERS: ReadonlySet<string> = new Set([
  '.git',
  '.hg',
  '.svn',
  'node_modules',
  'bower_components',
  'vendor',
  '.venv',
  'venv',
  '__pycache__',
  '.tox',
  '.gradle',
  '.idea',
  '.vscode-test',
  '.cache',
]);

/** Folders the walk and the marker scan never enter: the tool folders and build output. The coverage-report
 * search does enter build output (JaCoCo writes under target/ and build/). */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  ...TOOL_FOLDERS,
  'dist',
  'out',
  'build',
  'target',
  'coverage',
]);
