import type { CliMessages } from '../cliMessages';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The CLI in English: what it has always printed. */
export const en: CliMessages = {
  usage: 'usage',
  commandPlaceholder: '<command> [options]',
  help: {
    init: 'init [dir] [--lang fr]  write a commented starter project.yaml',
    check: 'check [dir]            validate project.yaml (file:line:col: message); --fail-on untested-high',
    flags: 'flags [dir] [--json]   red flags with coverage, markers and uncovered ranges',
    status:
      'status [dir] [--since 7d|DATE|TAG] [--until DATE|TAG] [--lang fr] [--format md|text] [--explain]   draft the client status update',
    brief:
      'brief [dir] [--since 7d|DATE|TAG] [--until DATE|TAG] [--no-git]   internal brief before a client call (not for the client)',
    report: 'report [dir] [--out site/] [--lang fr] [--pdf]   build the client’s progress page (a static folder)',
    reminder: 'reminder [dir] [--lang fr]   polite reminder of what the client owes (overdue or due before the call)',
  },
  unknownCommand: (name) => `unknown command "${name}"`,
  unexpected: (arg) => `unexpected ${arg}`,
  check: {
    problems: (n) => plural(n, 'problem'),
    valid: 'valid',
    failOnValue: (value) => `--fail-on takes "untested-high", not ${value ?? 'nothing'}`,
    minCoverageRange: '--min-coverage takes a percentage from 0 to 100',
    minCoverageAlone: '--min-coverage goes with --fail-on untested-high',
    under: (min) => `under ${min}%`,
    cannotShow: (min) => `cannot be shown covered at ${min}%`,
    flagLine: (id, severity, coverage, why) => `red flag ${id} (${severity}): ${coverage}, ${why}`,
    allCovered: (min) => `high and critical red flags: covered at ${min}% or more`,
  },
  flags: {
    noReport: 'coverage: no report found (without one, untested files are guessed from test file names)',
    unmapped: (n) => `${n} report paths match no workspace file`,
    malformed: (n) => `${n} malformed records skipped`,
    clipped: (n) => `${n} ${n === 1 ? 'line' : 'lines'} past the end of their file left out`,
    reports: (list, extra) => `coverage: ${list}${extra ? ` (${extra})` : ''}`,
    coverage: 'coverage',
    guess: (files) => `guess (no report): no matching test file for ${files}`,
    marker: 'marker',
    files: 'files',
    uncovered: 'uncovered',
    none: 'no red flags in project.yaml',
    andMore: (n) => `and ${n} more`,
  },
  args: {
    unknownOption: (arg) => `unknown option ${arg}`,
    givenTwice: (option) => `${option} given twice`,
    noValue: (option) => `${option} takes no value`,
    needsValue: (option) => `${option} needs a value`,
    unknownLanguage: (lang, list) => `unknown language "${lang}" (use ${list})`,
  },
  init: {
    exists: 'already exists; it was left untouched (delete or rename it to start over)',
    cannotWrite: (code) => `cannot be written (${code})`,
    written: (file, lang, check) => `${file}: written (${lang}); fill in the placeholders, then run "${check}".`,
  },
  status: {
    format: (value) => `--format must be md or text, not "${value}"`,
    reversed: (since, end) => `--since ${since} is after the end of the range (${end}): nothing to draft`,
    note: 'note',
    review: 'review',
  },
  reminder: {
    nothing: (day) => `Nothing is overdue or due before the next call (${day}): no reminder to send.`,
    subject: 'Subject',
  },
  report: {
    written: (folder, pages) =>
      `${folder}: client page written (${plural(pages, 'page')}); open index.html to check it`,
    pdf: (file) => `${file}: PDF written`,
    noPdf: 'no PDF: Chromium (with playwright-core) is not installed here; open index.html and print it from a browser',
    publicNote:
      'publishing is your choice: once uploaded, the page is public to whoever has its address unless the host protects it',
  },
};
