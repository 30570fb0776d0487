import { REVIEW } from '../lang';
import type { Language } from '../model/schema';
import type { SecretKind } from './phrases';
import type { HiddenReason } from './types';

/** The review points and the explanation of a draft: what the tech lead reads beside it, never in it. */
export interface ReviewPhrases {
  /** "Review before sending": the title of the review points (the CLI's stderr, the notice). */
  heading: string;
  secret: (kind: string, where: string) => string;
  secretLeftOut: (kind: string, section: string) => string;
  blame: (where: string) => string;
  revert: (what: string) => string;
  internalFlag: (id: string) => string;
  noMitigation: (id: string) => string;
  finalCheck: string;
  invalidPattern: (pattern: string) => string;
  /** The read was cut: how many older commits were left out, how many were read, the first day covered. */
  leftOut: (left: number, read: number, from: string) => string;
  secretKinds: Record<SecretKind, string>;
  /** "“Delivered”, item 3" or "“Risks”": where in the draft a point refers to. */
  where: (section: string, item?: number) => string;
  explain: {
    title: (commits: number) => string;
    item: (where: string) => string;
    merged: (hash: string, where: string) => string;
    capped: (section: string) => string;
    hidden: (reason: string) => string;
    reasons: Record<HiddenReason, string>;
    removed: (list: string) => string;
    /** The redactor's sources by name; an unknown source is shown as it is. */
    sources: Record<string, string>;
  };
}

/** The review words of a language (the tech lead's, the UI's; see src/core/lang). */
export function reviewPhrasesFor(language: Language): ReviewPhrases {
  return REVIEW[language];
}
