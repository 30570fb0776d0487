/**
 * The common subset of `.gitignore` rules, for the git-free directory walk (Restricted Mode runs no git): comments,
 * blank lines, `!` negation, a trailing `/` for folders only, patterns anchored by a `/`, `*`, `?`, `[...]`, `**`
 * and backslash escapes. Each rule applies below the folder of its file; the last rule that matches decides.
 * Not covered (git would apply them, the walk does not): `core.excludesFile`, .gitignore files above the walked
 * folder, and tracked files that an ignore rule matches (git still searches those).
 */

/** One compiled line of a `.gitignore`, applying to paths under `base` (`''` or a folder ending in `/`). */
export interface IgnoreRule {
  base: string;
  regex: RegExp;
  negated: boolean;
  foldersOnly: boolean;
}

/** Compiles the text of the `.gitignore` found in folder `base` (`''` for the root, else ending in `/`). */
export function parseGitignore(text: string, base: string): IgnoreRule[] {
  const rules: IgnoreRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    // Trailing spaces are dropped unless escaped with a backslash.
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (line === '' || line.startsWith('#')) continue;
    const negated = line.startsWith('!');
    if (negated) line = line.slice(1);
    const foldersOnly = line.endsWith('/');
    if (foldersOnly) line = line.replace(/\/+$/, '');
    if (line === '') continue;
    // A slash at the start or in the middle anchors the pattern to its folder; otherwise it matches at any depth.
    const anchored = line.includes('/');
    const body = translate(line.replace(/^\//, ''));
    rules.push({ base, regex: new RegExp(`^${anchored ? '' : '(?:.*/)?'}${body}$`, 's'), negated, foldersOnly });
  }
  return rules;
}

/** Whether `path` (relative to the walked root, `/`-separated) is ignored by `rules`, in the order they were read. */
export function isIgnored(rules: readonly IgnoreRule[], path: string, isFolder: boolean): boolean {
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i]!;
    if (rule.foldersOnly && !isFolder) continue;
    if (!path.startsWith(rule.base)) continue;
    if (rule.regex.test(path.slice(rule.base.length))) return !rule.negated;
  }
  return false;
}

function translate(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      const double = pattern[i + 1] === '*' && (i === 0 || pattern[i - 1] === '/');
      if (double && i + 2 === pattern.length) return `${out}.*`;
      if (double && pattern[i + 2] === '/') {
        out += '(?:.*/)?';
        i += 2;
        continue;
      }
      out += '[^/]*';
      while (pattern[i + 1] === '*') i++;
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) {
        out += '\\[';
        continue;
      }
      const inside = pattern
        .slice(i + 1, end)
        .replace(/^[!^]/, '^')
        .replace(/\\/g, '\\\\');
      out += `(?!/)[${inside}]`;
      i = end;
    } else if (c === '\\' && i + 1 < pattern.length) {
      out += escape(pattern[++i]!);
    } else {
      out += escape(c);
    }
  }
  return out;
}

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
