/**
 * Who must not be named: the names of a draft's people, and a scanner that finds them in a text by words
 * (set lookups, not one regex of every name: a range with many authors stays linear).
 */
import type { Commit } from '../git/commit';
import type { ProjectFile } from '../model/schema';

/** Stands for a person inside the redactor until the last step writes "the team". */
export const PERSON = '\uE010';

// Git identities of forges and placeholders: common words that must not be removed from every sentence.
const SERVICE_NAMES = new Set(['github', 'gitlab', 'bitbucket', 'web-flow', 'noreply', 'no-reply', 'root', 'unknown', 'git', 'system', 'your name', 'azure devops', 'users']);
const PERSON_TRAILER = /^[ \t]*[A-Za-z][\w-]*-by:[ \t]*([^<\n]*?)[ \t]*(?:<([^>\n]+)>)?[ \t]*$/gim;
const TOKEN = /[\p{L}\p{N}_]+/gu;
// What may join the words of one name: spaces, and the glue of logins and emails (paul.martin, sofia-dev).
const JOIN = /^(?:[ \t]+|[.+'’@-])$/;

/** Finds names in a text: full names and aliases in any case, name parts only when capitalized. */
export interface NameMatcher {
  /** Replaces every name with PERSON. */
  replace(text: string): { text: string; count: number };
  /** Whether an email or login is one of the names. */
  knows(word: string): boolean;
}

/** Builds the matcher for `names` (any case) and `parts` (capitalized or upper case only). */
export function nameMatcher(names: readonly string[], parts: readonly string[]): NameMatcher {
  const full = new Set(names.map(key).filter((n) => n.length >= 2));
  const exact = new Set(parts.filter((p) => p.length >= 2).flatMap((p) => [p.charAt(0).toLocaleUpperCase() + p.slice(1), p.toLocaleUpperCase()]));
  const all = [...full, ...exact];
  const longest = Math.max(1, ...all.map((n) => n.match(TOKEN)?.length ?? 1));
  // Most words start no name: one set lookup per word settles them.
  const starts = new Set(all.map((n) => (n.match(TOKEN)?.[0] ?? '').toLowerCase()));
  const isName = (span: string) => full.has(key(span)) || exact.has(span);
  return {
    knows: (word) => full.has(key(word)) || full.has(key(word.split('@')[0] ?? '')),
    replace(text) {
      const tokens = [...text.matchAll(TOKEN)].map((m) => [m.index, m.index + m[0].length] as const);
      let out = '';
      let last = 0;
      let count = 0;
      for (let i = 0; i < tokens.length; ) {
        const [from, to] = tokens[i]!;
        if (!starts.has(text.slice(from, to).toLowerCase())) {
          i++;
          continue;
        }
        let end = i;
        while (end + 1 < tokens.length && end + 1 - i < longest && JOIN.test(text.slice(tokens[end]![1], tokens[end + 1]![0]))) end++;
        // Longest span first: "Paul Martin" is one name, not "Paul" and "Martin".
        while (end >= i && !isName(text.slice(from, tokens[end]![1]))) end--;
        if (end < i) {
          i++;
          continue;
        }
        out += text.slice(last, from) + PERSON;
        last = tokens[end]![1];
        count++;
        i = end + 1;
      }
      return { text: out + text.slice(last), count };
    },
  };
}

const key = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** Every name to redact: project.yaml's team and aliases, git authors and committers, and `.mailmap` names. */
export function redactionNames(project: ProjectFile, commits: readonly Commit[], mailmap: readonly string[] = []): { names: string[]; nameParts: string[] } {
  const names = new Set<string>();
  const parts = new Set<string>();
  const addName = (raw: string) => {
    const name = raw.trim().replace(/^@/, '');
    if (name.length < 2 || SERVICE_NAMES.has(name.toLowerCase()) || /\[bot\]$/i.test(name)) return;
    if (name.includes('@')) return addEmail(name);
    names.add(name);
    for (const part of name.split(/[\s]+/)) if (part.length >= 2 && /^\p{L}/u.test(part) && part !== name) parts.add(part);
  };
  const addEmail = (email: string) => {
    names.add(email);
    const local = email.split('@')[0] ?? '';
    // GitHub's noreply addresses are "12345+login@users.noreply.github.com": the login is the part after "+".
    for (const piece of [local, local.split('+').at(-1) ?? '']) {
      if (piece.length >= 3 && !SERVICE_NAMES.has(piece.toLowerCase()) && !/^\d+$/.test(piece)) names.add(piece);
    }
  };
  for (const member of project.team) [member.name, ...(member.aliases ?? [])].forEach(addName);
  for (const c of commits) {
    [c.authorName, c.committerName].forEach(addName);
    [c.authorEmail, c.committerEmail].forEach((e) => e.includes('@') && addEmail(e));
    // Co-authors, reviewers, reporters: people named in `…-by:` trailers are people too.
    for (const match of c.body.matchAll(PERSON_TRAILER)) {
      addName(match[1]!);
      if (match[2]) addEmail(match[2]);
    }
  }
  mailmap.forEach(addName);
  return { names: [...names], nameParts: [...parts] };
}
