import path from 'node:path';

/**
 * Code that activation does not need is bundled apart (src/lazy/*.ts → dist/*.js, beside the workers they start;
 * the modules they share with each other and with the main bundle are in dist/chunk-*.js, see scripts/build.mjs)
 * and loaded when first used: `afterPaint` at every start once the tree has painted, `words` at start when VS
 * Code's display language is not English, `complete` on the first completion or hover in project.yaml, the others
 * when their command first runs. Type-only imports keep the compiler's checks.
 */
export function loadLazy<T>(
  name: 'afterPaint' | 'words' | 'starter' | 'draft' | 'brief' | 'report' | 'call' | 'edit' | 'complete',
): T {
  // A computed path: esbuild leaves it alone instead of inlining the module into the main bundle.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a runtime load by design, typed by the caller
  return require(path.join(__dirname, `${name}.js`)) as T;
}
