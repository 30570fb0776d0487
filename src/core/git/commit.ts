/** One commit as read from `git log`: the input of status drafting. Names and emails are kept only so that
 * drafting can redact them; they never reach a client draft. */
export interface Commit {
  hash: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  committerName: string;
  committerEmail: string;
  /** Author date, ISO 8601 with offset. */
  date: string;
  subject: string;
  /** Message body after the subject, trailers included. */
  body: string;
  /** Paths touched, relative to the repo root (from `--name-only`, never `--numstat`). */
  files: string[];
}
