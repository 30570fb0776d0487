// Cobertura's <source> roots, tried the way pathMap.ts documents (the first root, in order, under which a
// relative report path names a workspace file wins) without trying every root for every path: joining each root
// to each path cost roots × paths × length (1,000 roots × 1,000 classes: over a minute). A root can only change
// the answer when the path's own segments lead, in the suffix trie, to a node that the root's last segment
// continues from, or when the root is an ancestor of the workspace root; the rest are skipped. Answers are
// remembered per trie node, and a report gets at most MAX_TRIES root tries (past that, the suffix rules alone).
import type { Match, PathIndex } from './pathMap';
import { walk, type TrieNode, type Walked } from './suffixTrie';

/** The most root tries per report: far above a real report's needs (a few roots), and a bound on a hostile one. */
export const MAX_TRIES = 1 << 16;

/** under: inside the workspace root (`rest` = its segments past the root); ancestor: above it (`rest` = the root's segments past it). */
interface Root {
  segments: string[];
  kind: 'under' | 'ancestor' | 'other';
  rest: string[];
}

/** The source roots of one report, indexed for the lookups of `match`. */
export class SourceRoots {
  private readonly roots: Root[] = [];
  /** Roots that may match whatever the path's trie node is (ancestors, the workspace root itself). */
  private readonly always: number[] = [];
  private readonly byLast = new Map<string, number[]>();
  private readonly memo = new Map<TrieNode, Match | null>();
  private tries = MAX_TRIES;

  /** `roots` and `workspaceRoot` already normalized (normalize(...).path); repeated roots are kept once. */
  constructor(
    roots: readonly string[],
    workspaceRoot: string | undefined,
    private readonly index: PathIndex,
  ) {
    const seen = new Set<string>();
    const top = workspaceRoot ? workspaceRoot.split('/') : undefined;
    for (const root of roots) {
      if (seen.has(root)) continue;
      seen.add(root);
      const segments = root === '' ? [] : root.split('/');
      const i = this.roots.push(classify(segments, top)) - 1;
      const { kind, rest } = this.roots[i]!;
      if (kind === 'ancestor' || (kind === 'under' && rest.length === 0)) this.always.push(i);
      else if (segments.length > 0) {
        const last = segments[segments.length - 1]!;
        const list = this.byLast.get(last);
        if (list) list.push(i);
        else this.byLast.set(last, [i]);
      }
    }
  }

  /** The match under the first root that gives one, for a relative path of `segments` whose own walk is `own`. */
  match(segments: readonly string[], own: Walked): Match | undefined {
    if (this.roots.length === 0) return undefined;
    const node = own.end;
    const known = node && this.memo.get(node);
    if (known !== undefined) return known ?? undefined;
    // With a suffix of the path already in the workspace, every root gives an answer: the first root's stands.
    const found = own.file !== undefined ? this.tryRoot(0, segments, own) : this.tryCandidates(segments, own);
    if (node) this.memo.set(node, found ?? null);
    return found;
  }

  private tryCandidates(segments: readonly string[], own: Walked): Match | undefined {
    if (this.tries <= 0) return undefined;
    const lists = [this.always];
    const children = own.end?.children;
    if (children) {
      this.tries -= Math.min(children.size, this.byLast.size);
      if (children.size <= this.byLast.size) {
        for (const key of children.keys()) lists.push(this.byLast.get(key) ?? []);
      } else {
        for (const [key, list] of this.byLast) if (children.has(key)) lists.push(list);
      }
    }
    // Each list is in root order; several are merged (rare: roots ending in different names under one node).
    const nonEmpty = lists.filter((l) => l.length > 0);
    const order = nonEmpty.length === 1 ? nonEmpty[0]! : [...new Set(nonEmpty.flat())].sort((a, b) => a - b);
    if (nonEmpty.length > 1) this.tries -= order.length;
    for (const i of order) {
      if (this.tries <= 0) return undefined;
      const found = this.tryRoot(i, segments, own);
      if (found) return found;
    }
    return undefined;
  }

  /** What pathMap's rules give for the path joined to root `i`: under the workspace root first, then the longest suffix. */
  private tryRoot(i: number, segments: readonly string[], own: Walked): Match | undefined {
    this.tries--;
    const root = this.roots[i]!;
    const node = own.end;
    if (
      root.kind === 'ancestor' &&
      segments.length > root.rest.length &&
      root.rest.every((s, k) => segments[k] === s)
    ) {
      const rel = segments.slice(root.rest.length).join('/');
      if (this.index.files.has(rel)) return { file: rel };
    }
    if (node) {
      const exact = root.kind === 'under' ? walk(node, root.rest, segments.length, Infinity).end?.file : undefined;
      if (typeof exact === 'string') return { file: exact };
      const deeper = walk(node, root.segments, segments.length, 2);
      if (deeper.file !== undefined)
        return { file: deeper.file, prefix: prefixOf(root.segments, segments, deeper.depth) };
    }
    return own.file === undefined
      ? undefined
      : { file: own.file, prefix: prefixOf(root.segments, segments, own.depth) };
  }
}

function classify(segments: string[], top: string[] | undefined): Root {
  if (!top) return { segments, kind: 'other', rest: [] };
  const shared = Math.min(segments.length, top.length);
  for (let k = 0; k < shared; k++) if (segments[k] !== top[k]) return { segments, kind: 'other', rest: [] };
  return segments.length >= top.length
    ? { segments, kind: 'under', rest: segments.slice(top.length) }
    : { segments, kind: 'ancestor', rest: top.slice(segments.length) };
}

/** The joined path's segments before the matched file's `depth` last ones. */
function prefixOf(root: readonly string[], segments: readonly string[], depth: number): string {
  const joined = [...root, ...segments];
  return joined.slice(0, joined.length - depth).join('/');
}
