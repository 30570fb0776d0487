import path from 'node:path';

/**
 * Code that only a command needs is bundled apart (src/lazy/*.ts → dist/*.js, beside the workers they start) and loaded when the command
 * first runs, so that activation loads a small bundle. Type-only imports keep the compiler's checks.
 */
export function loadLazy<T>(
  name: 'starter' | 'flags' | 'draft' | 'cadence' | 'brief' | 'words' | 'report' | 'call',
): T {
  // A computed path: esbuild leaves it alone instead of inlining the module into the main bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a runtime load by design, typed by the caller
  return require(path.join(__dirname, `${name}.js`)) as T;
}
