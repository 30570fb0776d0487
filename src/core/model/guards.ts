import type { CST } from 'yaml';

/**
 * Cheap, linear checks that run before the YAML library composes a document: what they refuse would otherwise
 * cost the composer its stack (deep nesting) or seconds (tens of thousands of nodes, at ~10 µs each).
 */

/** Deeper than this is not a project file; the YAML composer recurses per level and crashes far beyond it. */
export const MAX_DEPTH = 64;
/**
 * Lines, commas and opening brackets: a bound on the number of YAML nodes (a block item takes a line, a flow item
 * a comma or a bracket). A real project.yaml has a few hundred; the YAML library spends ~10 µs on each.
 */
export const MAX_SEPARATORS = 20_000;

/** Line breaks, commas and opening brackets in `text`, counted up to just past `limit`. */
export function countSeparators(text: string, limit: number = MAX_SEPARATORS): number {
  let count = 0;
  for (const mark of ['\n', ',', '[', '{']) {
    for (let at = text.indexOf(mark); at >= 0 && count <= limit; at = text.indexOf(mark, at + 1)) count++;
  }
  return count;
}

/** Lone CRs (old Mac line ends, which YAML allows) as LFs: same length, so every offset stays where it was. */
export function normalizeLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

type Collection = CST.BlockMap | CST.BlockSequence | CST.FlowCollection;

/**
 * The offset where the CST first nests collections deeper than `max`, or undefined. An explicit stack, not
 * recursion, so that no nesting can overflow this walk.
 */
export function tooDeepAt(tokens: readonly CST.Token[], max: number = MAX_DEPTH): number | undefined {
  const stack: { token: CST.Token; depth: number }[] = [];
  for (const token of tokens)
    if (token.type === 'document' && token.value) stack.push({ token: token.value, depth: 0 });
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (!isCollection(token)) continue;
    if (depth + 1 > max) return token.offset;
    for (const item of token.items) {
      if (item.key) stack.push({ token: item.key, depth: depth + 1 });
      if (item.value) stack.push({ token: item.value, depth: depth + 1 });
    }
  }
  return undefined;
}

function isCollection(token: CST.Token): token is Collection {
  return token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection';
}
