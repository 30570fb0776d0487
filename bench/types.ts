/** One line of the benchmark report: a DESIGN.md budget beside what was measured in this run. */
export interface BenchRow {
  /** What is measured, e.g. "marker search, 30,000 files". */
  name: string;
  /** The budget as DESIGN.md states it, e.g. "< 2x git grep". */
  budget: string;
  /** The measured value with its unit, e.g. "1.4x (212 ms vs 151 ms)". */
  measured: string;
  /** Whether the budget is met; absent on a row that only explains another (a breakdown has no budget). */
  ok?: boolean;
}

/** A benchmark file exports `bench()`; bench/index.ts runs every one of them. */
export type Bench = () => Promise<BenchRow[]>;
