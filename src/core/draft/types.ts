import type { Commit } from '../git/commit';
import type { Language, ProjectFile } from '../model/schema';
import type { Finding } from './redact';

/** Settings of the drafting pipeline; every field has a default that suits most teams. */
export interface DraftOptions {
  /** Conventional types hidden from the client. Default: chore, ci, build, test, style, refactor, docs (deps, cleanup, release, lint, format, typo, tooling and bump always are). */
  noiseTypes?: readonly string[];
  /** Ticket id patterns stripped from subjects. Default: `[A-Z][A-Z0-9]+-\d+` and `#\d+`. */
  ticketPatterns?: readonly (string | RegExp)[];
  /** Hosts whose URLs may reach the client (e.g. the client's own site). Default: none. */
  allowedHosts?: readonly string[];
  /** Extra patterns of internal URLs, removed even when their host is allowed. */
  internalUrlPatterns?: readonly (string | RegExp)[];
  /** Names from `.mailmap` (read by the node ring), redacted like team names. */
  mailmapNames?: readonly string[];
  /** Items shown per section before "and N smaller changes". Default: 8. */
  maxItemsPerSection?: number;
  /** Similarity (0–1) above which two items are merged as near-duplicates. Default: 0.8. */
  similarity?: number;
  /** Language of the review points and the explanation: the tech lead's (the UI's), not the client's. Default: en. */
  reviewLanguage?: Language;
}

/** The input of `draftStatus`: data in, no clock, no I/O. */
export interface DraftInput {
  project: ProjectFile;
  commits: readonly Commit[];
  range: { from: Date | string; to: Date | string };
  /** The day the draft is written (an ISO date or a Date); core never reads the clock. */
  today: Date | string;
  /** The client's language; default: project.language. */
  language?: Language;
  options?: DraftOptions;
}

/** A place in the draft: a section by its heading (as written in the draft) and, in a list, the item's number. */
export interface DraftPlace {
  heading: string;
  item?: number;
}

/**
 * Something the tech lead should look at before sending, in the review language; never part of what the client
 * reads. `line` (0-based, in `markdown`) is where it applies, when it applies to a place of the draft.
 */
export interface DraftWarning {
  kind: 'secret' | 'blame' | 'revert' | 'red-flag' | 'mitigation' | 'redaction' | 'option' | 'range';
  message: string;
  place?: DraftPlace;
  line?: number;
}

/** Why a commit did not become a line of the draft. */
export type HiddenReason =
  | 'merge'
  | 'revert'
  | 'reverted'
  | 'fixup'
  | 'wip'
  | 'bot'
  | 'noise'
  | 'internal'
  | 'people-list'
  | 'client-hidden'
  | 'in-pull-request'
  | 'duplicate'
  | 'empty';

/** Counts for the UI and the CLI: what went in, what came out, what was hidden and why. */
export interface DraftStats {
  commits: number;
  /** Lines written in delivered and fixed (before the "smaller changes" cap). */
  items: number;
  hidden: Partial<Record<HiddenReason, number>>;
  /** Names, emails, handles, URLs and trailer lines removed. */
  redactions: number;
  secrets: number;
}

/** What became of a commit: a line of the draft, merged into one, left out by the cap, or hidden. */
export type ExplainOutcome =
  | { kind: 'item'; place: Required<DraftPlace>; line?: number }
  /** A near-duplicate: its line is the one `into` (a hash) became; `place` is undefined when the cap left it out. */
  | { kind: 'merged'; into: string; place?: Required<DraftPlace>; line?: number; section: string }
  /** Left out by the per-section cap: counted in "and N smaller changes" of `section` (its heading). */
  | { kind: 'capped'; section: string }
  | { kind: 'hidden'; reason: HiddenReason };

/** Why a commit of the range is or is not in the draft: for `--explain` and the Explain Draft view. */
export interface ExplainEntry {
  hash: string;
  subject: string;
  outcome: ExplainOutcome;
  /** Words removed from its text, and why (the redactor's source: name, email, url, secret…). */
  removed: { text: string; source: string }[];
}

/** The same draft as Markdown and as plain text for email, with its review points and counts. */
export interface DraftText {
  markdown: string;
  text: string;
  /** The review points: every one of them, once; never inside `markdown` or `text`. */
  warnings: DraftWarning[];
  stats: DraftStats;
}

/** What `draftStatus` returns: the draft, its review, and why each commit is or is not a line of it. */
export interface DraftResult extends DraftText {
  /** One entry per commit of the range, in git log order. */
  explain: ExplainEntry[];
}

/** The client-facing kind of a change: which section it belongs to. */
export type ChangeKind = 'feature' | 'fix' | 'noise';

/** A commit read for drafting: its conventional parts, trailers and the text that may reach the client. */
export interface ParsedCommit {
  commit: Commit;
  type: string | undefined;
  scope: string | undefined;
  breaking: boolean;
  /** The subject without the conventional prefix, or the Client-Note when there is one. */
  text: string;
  clientNote: boolean;
  kind: ChangeKind;
  trailers: ReadonlyMap<string, string[]>;
  files: readonly string[];
}

/** One line of the draft after cleaning, grouping and de-duplication. */
export interface DraftItem {
  text: string;
  kind: Exclude<ChangeKind, 'noise'>;
  breaking: boolean;
  clientNote: boolean;
  milestone: string | undefined;
  area: string | undefined;
  files: readonly string[];
  /** Secrets removed and blame rewritten in this line, reported with its place in the draft. */
  findings: readonly Finding[];
  /** The commits behind this line (hashes): the first gave its wording, the others were merged into it. */
  commits: readonly string[];
}
