// The rings of DESIGN.md, enforced: src/core is pure, src/node adds Node I/O, only src/vscode talks to VS Code.
import tseslint from 'typescript-eslint';

const noVscode = { name: 'vscode', message: 'core must not import vscode: only src/vscode and src/extension.ts may.' };
const nodeIo = [
  'fs',
  'fs/promises',
  'child_process',
  'worker_threads',
  'net',
  'http',
  'https',
  'os',
  'path',
  'simple-git',
];
const coreBans = [
  noVscode,
  ...nodeIo.flatMap((m) => [m, `node:${m}`]).map((name) => ({ name, message: 'core is pure: do I/O in src/node.' })),
];
// The same rings by path (as GitLens bans imports across its packages): a relative import reaches a ring's code
// whatever package it uses, so core cannot import ../node or ../vscode, and node cannot import ../vscode.
const ringPattern = (rings, message) => ({
  group: rings.flatMap((ring) => [`**/${ring}`, `**/${ring}/**`]),
  message,
});
const outerRings = ['cli', 'lazy', 'extension', 'cli.ts', 'extension.ts'];
const corePatterns = [
  ringPattern(['node', 'vscode', ...outerRings], 'core is pure: it imports only core, zod and yaml.'),
];
const nodePatterns = [ringPattern(['vscode', ...outerRings], 'node must not import vscode, cli or lazy code.')];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'out/**',
      'node_modules/**',
      '.vscode-test/**',
      'bench/.work/**',
      'test/fixtures/**',
      'examples/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: coreBans, patterns: corePatterns }] },
  },
  {
    files: ['src/node/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noVscode], patterns: nodePatterns }] },
  },
  { files: ['src/cli.ts', 'src/cli/**/*.ts', 'scripts/**', 'bench/**', 'test/**'], rules: { 'no-console': 'off' } },
);
