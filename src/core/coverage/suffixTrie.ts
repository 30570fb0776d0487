// The workspace's files in a trie of their path segments, last segment first: the workspace files that end a
// report path are found by walking the report path's segments from its end, one map lookup a segment. Trying
// every suffix of the path instead (join, then look up) cost segments² characters a path: 1,000 report paths of
// 2,000 segments took over a minute.

/** One node: the files whose path ends with the segments walked so far. */
export interface TrieNode {
  children: Map<string, TrieNode> | undefined;
  /** The file whose whole path this node spells; null when two files do (case-folded trie): no guess. */
  file: string | null | undefined;
  /** How many files lie strictly below this node (longer paths ending with it), and one of them. */
  below: number;
  one: string | undefined;
}

/** The deepest file a walk passed (at `depth` segments), and the node it stopped on if it used every segment. */
export interface Walked {
  file: string | undefined;
  depth: number;
  end: TrieNode | undefined;
}

/** A trie of paths by their segments, last first. */
export class SuffixTrie {
  readonly root: TrieNode = node();

  /** Adds a file under `segments` (its own, or case-folded ones); a second file under the same key makes it null. */
  add(segments: readonly string[], file: string): void {
    let at = this.root;
    for (let k = segments.length - 1; k >= 0; k--) {
      at.below++;
      at.one ??= file;
      at.children ??= new Map();
      let child = at.children.get(segments[k]!);
      if (!child) at.children.set(segments[k]!, (child = node()));
      at = child;
    }
    at.file = at.file === undefined ? file : null;
  }
}

/**
 * Walks `segments` from the last, starting at `from` (whose depth is `depth`), and keeps the deepest file met
 * at `minDepth` segments or more. `end` is the node reached when every segment matched.
 */
export function walk(from: TrieNode, segments: readonly string[], depth: number, minDepth: number): Walked {
  let at: TrieNode | undefined = from;
  let found: Walked = { file: undefined, depth: 0, end: undefined };
  for (let k = segments.length - 1; k >= 0; k--) {
    at = at.children?.get(segments[k]!);
    if (!at) return found;
    depth++;
    if (typeof at.file === 'string' && depth >= minDepth) found = { file: at.file, depth, end: undefined };
  }
  return { ...found, end: at };
}

function node(): TrieNode {
  return { children: undefined, file: undefined, below: 0, one: undefined };
}
