/**
 * Files the client never sees: tests, docs, CI, tooling, lockfiles and editor settings. A commit that touches
 * only such files is internal, whatever its subject says ("feat: document the API" is still docs).
 */
import { isTestFile } from '../testHeuristic';

// Any file below one of these folders, at any depth.
const INTERNAL_FOLDERS = new Set([
  'test',
  'tests',
  '__tests__',
  '__mocks__',
  '__snapshots__',
  'spec',
  'specs',
  't',
  'testdata',
  'fixtures',
  'e2e',
  'cypress',
  'playwright',
  'doc',
  'docs',
  'documentation',
  'bench',
  'benchmark',
  'benchmarks',
  '.github',
  '.gitlab',
  '.circleci',
  '.buildkite',
  '.husky',
  '.vscode',
  '.idea',
  '.devcontainer',
  '.changeset',
  '.yarn',
]);

// Base names (lower case) of CI, tooling, lock and editor files.
const INTERNAL_NAMES = new Set([
  '.gitlab-ci.yml',
  '.travis.yml',
  'appveyor.yml',
  '.appveyor.yml',
  'azure-pipelines.yml',
  'jenkinsfile',
  'bitbucket-pipelines.yml',
  'codecov.yml',
  '.codecov.yml',
  'makefile',
  'gnumakefile',
  'justfile',
  'taskfile.yml',
  'rakefile',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lockb',
  'bun.lock',
  'gemfile.lock',
  'cargo.lock',
  'go.sum',
  'poetry.lock',
  'pipfile.lock',
  'composer.lock',
  'uv.lock',
  'mix.lock',
  'pubspec.lock',
  'podfile.lock',
  '.gitignore',
  '.gitattributes',
  '.gitmodules',
  '.mailmap',
  '.editorconfig',
  '.dockerignore',
  '.npmignore',
  '.npmrc',
  '.nvmrc',
  '.node-version',
  '.tool-versions',
  '.python-version',
  '.ruby-version',
  '.pre-commit-config.yaml',
  'codeowners',
  'license',
  'authors',
  'contributors',
  'tox.ini',
  '.coveragerc',
  '.flake8',
  '.pylintrc',
  'mypy.ini',
  'rustfmt.toml',
  '.rustfmt.toml',
  'clippy.toml',
  '.clang-format',
  '.rubocop.yml',
  '.golangci.yml',
  'renovate.json',
  '.renovaterc',
  'ruff.toml',
  '.ruff.toml',
  'biome.json',
  'biome.jsonc',
  'dprint.json',
  '.oxlintrc.json',
  '.jshintrc',
  '.swiftlint.yml',
  '.yamllint',
  '.yamllint.yml',
  '.shellcheckrc',
  '.isort.cfg',
  'pytest.ini',
  'phpstan.neon',
  'phpcs.xml',
  '.php-cs-fixer.php',
  '.prettierignore',
  '.eslintignore',
]);

// Lint, format, test-runner and type-check configs, whatever their extension (`.eslintrc.cjs`, `vitest.config.ts`).
const INTERNAL_PATTERNS = [
  /\.(md|markdown|rst|adoc)$/i,
  /^(requirements[\w.-]*\.txt|changelog|changes|news|history)$/i,
  /^\.(eslintrc|prettierrc|stylelintrc|mocharc|nycrc|c8rc|babelrc|swcrc|lintstagedrc|commitlintrc|markdownlint)/i,
  /^(eslint|prettier|stylelint|jest|vitest|karma|playwright|cypress|commitlint|lint-staged)\.config\./i,
  /^tsconfig(\.[\w-]+)?\.json$/i,
];

/** Whether a file is test, docs, CI or tooling rather than something the client's product runs. */
export function isInternalFile(file: string): boolean {
  const parts = file.split('/');
  const base = parts[parts.length - 1]!;
  if (parts.slice(0, -1).some((folder) => INTERNAL_FOLDERS.has(folder.toLowerCase()))) return true;
  if (INTERNAL_NAMES.has(base.toLowerCase()) || INTERNAL_PATTERNS.some((re) => re.test(base))) return true;
  return isTestFile(file);
}

/**
 * A change is internal when it touches files and every one of them is internal. `known` remembers each file's
 * answer across the commits of a range, where the same files come back again and again.
 */
export function onlyInternalFiles(files: readonly string[], known = new Map<string, boolean>()): boolean {
  return (
    files.length > 0 &&
    files.every((file) => {
      let internal = known.get(file);
      if (internal === undefined) known.set(file, (internal = isInternalFile(file)));
      return internal;
    })
  );
}
