import path from 'node:path';

/**
 * Code that only a command needs is bundled apart (src/lazy/*.ts → dist/*.js, beside the workers they start) and loaded when the command
 * first runs, so that activation loads a small bundle. Type-only imports keep the compiler's checks.
 */
export function loadLazy<T>(name: 'starter' | 'flags' | 'draft'): T {
  // A computed path: esbuild leaves it alone instead of inlining the module into the main bundle.
  return require(path.join(__dirname, `${name}.js`)) as T;
}
