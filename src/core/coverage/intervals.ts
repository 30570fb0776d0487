// Line ranges that overlap, each with a count, turned into the runs a line-by-line reader sees: each line takes
// the largest count of the ranges that hold it. Go's blocks are such ranges. Merging them as ranges costs
// O(blocks log blocks) whatever their length; expanding every block to its lines first cost blocks × lines
// (200 overlapping blocks of 100,000 lines: 20 million entries, 2 GB).

/** Ranges in parallel arrays: range `k` is lines `first[k]..last[k]` (inclusive) with `count[k]`. */
export interface Ranges {
  readonly first: ArrayLike<number>;
  readonly last: ArrayLike<number>;
  readonly count: ArrayLike<number>;
}

/**
 * Calls `emit(start, end, count, k)` for each maximal run of the upper envelope of the ranges listed in `order`
 * (indices, sorted by `first`), in line order; `k` is the range whose count the run takes. Lines no range holds
 * are not emitted. At most 2 × order.length runs.
 */
export function upperEnvelope(
  ranges: Ranges,
  order: ArrayLike<number>,
  emit: (start: number, end: number, count: number, k: number) => void,
): void {
  const { first, last, count } = ranges;
  const heap = new MaxHeap(count);
  let i = 0;
  let p = 0;
  while (i < order.length || heap.size > 0) {
    if (heap.size === 0) p = Math.max(p, first[order[i]!]!);
    while (i < order.length && first[order[i]!]! <= p) heap.push(order[i++]!);
    while (heap.size > 0 && last[heap.top]! < p) heap.pop();
    if (heap.size === 0) continue;
    const top = heap.top;
    const end = i < order.length ? Math.min(last[top]!, first[order[i]!]! - 1) : last[top]!;
    emit(p, end, count[top]!, top);
    p = end + 1;
  }
}

/** A binary max-heap of range indices, ordered by their count. */
class MaxHeap {
  private readonly items: number[] = [];
  constructor(private readonly key: ArrayLike<number>) {}

  get size(): number {
    return this.items.length;
  }

  get top(): number {
    return this.items[0]!;
  }

  push(item: number): void {
    const { items, key } = this;
    let i = items.push(item) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (key[items[parent]!]! >= key[item]!) break;
      items[i] = items[parent]!;
      i = parent;
    }
    items[i] = item;
  }

  pop(): void {
    const { items, key } = this;
    const lastItem = items.pop()!;
    if (items.length === 0) return;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= items.length) break;
      if (child + 1 < items.length && key[items[child + 1]!]! > key[items[child]!]!) child++;
      if (key[items[child]!]! <= key[lastItem]!) break;
      items[i] = items[child]!;
      i = child;
    }
    items[i] = lastItem;
  }
}
