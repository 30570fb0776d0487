/**
 * What the user should know about how a range's commits were read (a detached HEAD, a shallow clone, a cut at the
 * commit limit, an empty range), as codes and values: the node ring returns them, each adapter words them.
 */
import type { CommitRange } from './range';

/** One note on a commit read. */
export type LogNote =
  | { code: 'detached' | 'shallow' }
  | { code: 'shallowCut'; day: string; range: CommitRange }
  | { code: 'leftOut'; read: number; leftOut: number; range: CommitRange }
  | { code: 'skipped'; count: number }
  | { code: 'empty'; range: CommitRange; landed?: string };

/** The sentences of the notes, and the words of a range inside them, in one language. */
export interface LogNoteWords {
  detached: string;
  shallow: string;
  shallowCut: (day: string, range: string) => string;
  leftOut: (read: number, leftOut: number, range: string) => string;
  skipped: (count: number) => string;
  empty: (range: string, landed: string | undefined) => string;
  range: {
    days: (days: number) => string;
    tag: (tag: string) => string;
    lastUpdate: (day: string) => string;
    date: (day: string) => string;
    untilTag: (tag: string) => string;
    until: (day: string) => string;
  };
}

/** Words one note with `words`. */
export function wordLogNote(note: LogNote, words: LogNoteWords): string {
  switch (note.code) {
    case 'detached':
      return words.detached;
    case 'shallow':
      return words.shallow;
    case 'shallowCut':
      return words.shallowCut(note.day, wordRange(note.range, words));
    case 'leftOut':
      return words.leftOut(note.read, note.leftOut, wordRange(note.range, words));
    case 'skipped':
      return words.skipped(note.count);
    case 'empty':
      return words.empty(wordRange(note.range, words), note.landed);
  }
}

/** A range in words of one language, e.g. "since tag v1.2 until tag v1.3". */
export function wordRange(range: CommitRange, words: LogNoteWords): string {
  const w = words.range;
  const until = !range.until
    ? ''
    : ` ${range.until.kind === 'tag' ? w.untilTag(range.until.value) : w.until(range.until.value)}`;
  switch (range.kind) {
    case 'days':
      return `${w.days(range.value)}${until}`;
    case 'tag':
      return `${w.tag(range.value)}${until}`;
    case 'lastUpdate':
      return `${w.lastUpdate(range.value.slice(0, 10))}${until}`;
    case 'date':
      return `${w.date(range.value)}${until}`;
  }
}
