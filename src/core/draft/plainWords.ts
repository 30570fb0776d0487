/**
 * Two readings of a plain subject that its first verb gets wrong (see `plainKind` in subject.ts): code work a
 * client never sees ("Use final", "Simplify `Option` handling", "Fix javac warnings", "Apply the formatter to the
 * clients module"), and a bug report used as the subject ("Range.readObject() does not check its bounds"), which
 * the fix that closes it carries into the history.
 */

// A token that is code, not prose: a code span, a dotted or `::` name, a call, camelCase or snake_case.
const CODE_TOKEN = String.raw`(?:\x60[^\x60]+\x60|\S*[\p{L}\p{N}](?:\.|::|#)[\p{L}\p{N}_]\S*|\S*\(\)|\S*\p{Ll}\p{Lu}\S*|\S*_\S*)`;
// The code-only things a hygiene verb acts on: "Simplify wheel constants", "Inline single use local variable".
const CODE_OBJECT = String.raw`(?:code|logic|constants?|variables?|internals?|implementation|if statements?|conditions?|expressions?|generics|imports?|members|ternary|final|for[- ]each|single return|lambdas?|casts?|boilerplate|helpers?)`;
const HYGIENE_VERB = String.raw`(?:simplif(?:y|ies|ied)|streamline[ds]?|reuse[ds]?|inline[ds]?|rename[ds]?|tidy|tidies|polish(?:es|ed)?|restructure[ds]?|reorgani[sz]e[ds]?|dedup(?:licate)?[ds]?|extract(?:s|ed)?|use|sort|merge|flip|precompile|reduce)`;
// Tools that only developers run: formatters, linters, static analysis, test frameworks and benchmarks.
const DEV_TOOLS = String.raw`(?:spotless|checkstyle|spotbugs|findbugs|pmd|errorprone|error-prone|sonar\w*|clippy|rustfmt|gofmt|scalafmt|ktlint|rubocop|eslint|prettier|stylelint|jacoco|miri|junit\s*\d*|testng|mockito|pytest|jmh)`;

const INTERNAL_WORK: readonly RegExp[] = [
  // "Internal refactoring", "Minor refactor of the parser", "Code cleanup in streams", "Various cleanups".
  /^(?:(?:internal|minor|small|various|some|code|general|more|further|misc|major|quick|additional|light)\s+){0,2}(?:refactor(?:ing|ed|s)?|clean-?ups?)\b/iu,
  new RegExp(
    String.raw`^${HYGIENE_VERB}\s+(?:(?:the|a|an|some|more|all|single[- ]use|local|unused|redundant|needless|private|static|duplicate[ds]?|internal|own)\s+){0,3}${CODE_OBJECT}\b`,
    'u',
  ),
  new RegExp(
    String.raw`^${HYGIENE_VERB}\s+(?:\S+\s+){0,2}?(?:constants?|variables?|internals|implementation|generics|imports|boilerplate|helpers?)(?:\s+(?:in|of|for|from)\b.*)?$`,
    'iu',
  ),
  new RegExp(
    String.raw`^${HYGIENE_VERB}\s+(?:\S+\s+){0,2}?${CODE_TOKEN}(?:\s+(?:handling|with|to|in|into|from|instead|as|and|for)\b.*)?$`,
    'u',
  ),
  // "Make private static variables final", "Rename internal constant", "Move lazy state into `Sleep`".
  /\b(?:internal|private) (?:\w+ )?(?:constants?|names?|methods?|class(?:es)?|fields?|variables?|docs?|documentation|helpers?|functions?|api|dsl methods?)\b/iu,
  /^make\b.*\bfinal(?:\s+(?:in|for)\b.*)?$/iu,
  /^precompile\b/iu,
  /^(?:linter|linting)\b/iu,
  // French, Spanish and German: "Réusine le code", "refacto du calcul", "Limpieza de código", "Code aufgeräumt".
  /^(?:refacto\b|réusin\p{L}*|refactoris\p{L}*|refactoriz\p{L}*|nettoyage du code|nettoie le code|limpieza de(?:l)? código|código limpio|code aufgeräumt|aufräumen\b|umbau\b)/iu,
  /\(\+ ?refacto\)$/iu,
  /\blints?$/iu,
  new RegExp(String.raw`\b${DEV_TOOLS}(?![\p{L}\p{N}])`, 'iu'),
  // Whitespace, layout and warnings: "Remove trailing whitespace", "Fix console compiler warning".
  /\b(?:whitespace|indentation|vertical space|(?:compiler|javac|scalac|rustc|rustdoc|console|build|deprecation|generics|lint|doc|javadoc|unchecked|raw ?types?)\s+warnings?|warnings as errors)\b/iu,
  // Comments and API docs in the code: "Fix malformed Javadoc comments", "Fix broken doc examples".
  /\b(?:javadocs?|rustdocs?|jsdoc|docstrings?|doc ?comments?|code comments?|doc ?tests?|doc examples?|\/\/ comments?)\b/iu,
  /^(?:add(?:ed)?|better|update[ds]?|improve[ds]?|clarify|fix(?:ed)?|remove[ds]?|more|reword)?\s*(?:a |the |useless |unused |some )?comments?$/iu,
  // "Fix spelling and grammar in StringUtils", "Fix double "to"" (a repeated word), "Fix the loom test of …".
  /^(?:fix(?:e[ds]|ing)?|correct(?:s|ed)?)\s+(?:\S+\s+){0,1}(?:spelling|grammar|wording|double\s+["'“‘]\S+)\b/iu,
  /^\S+\s+(?:\S+\s+){0,3}?(?:tests?|docs?|documentation)(?:\s+(?:for|of|in|on|to|about)\b.*)?$/iu,
  // A test class or method named: "Fix shutdown race in StreamThreadTest", "Rewrite FooTest.testBar()".
  /\b\p{Lu}\w*\p{Ll}(?:Tests?|Spec)\b|\btest_\w+|\w+_test\b/u,
  // Code moved between modules: "Move quota params from KafkaConfig to QuotaConfig", "Move X to the core module".
  new RegExp(
    String.raw`^(?:move[ds]?|moving|relocate[ds]?|migrate[ds]?)\b.*\b(?:to|into|from)\s+(?:the\s+)?(?:${CODE_TOKEN}|\S+\s+(?:module|package|pkg|crate|namespace)\b|(?:module|package|pkg|crate|namespace)\b|\p{Lu}\S*\p{Ll}\p{Lu}\S*)`,
    'u',
  ),
  // A commit header pasted as the subject: "commit 0a1b2c… Author: … Date: …".
  /^commit [0-9a-f]{7,40}\b/iu,
];

/** Whether a plain subject is code work the client never sees: refactoring, style, comments, tests, tooling. */
export function isInternalWork(subject: string): boolean {
  // The case-sensitive patterns (camelCase is code) read the verbs in lower case.
  const lowered = subject.charAt(0).toLowerCase() + subject.slice(1);
  return INTERNAL_WORK.some((pattern) => pattern.test(pattern.flags.includes('i') ? subject : lowered));
}

// Where a subject starts with code (a class, a call) or a bug adjective, these words make it a bug report.
const BUG_REPORT_START = new RegExp(
  String.raw`^(?:${CODE_TOKEN}|\p{Lu}\p{Ll}+\p{Lu}\S*|(?:incorrect|wrong|missing|broken|bad|invalid|inconsistent|unexpected)\b)`,
  'u',
);
const BUG_REPORT_WORDS =
  /\b(?:does ?n[o']t|doesn't|do not|don't|did not|didn't|is not|isn't|are not|aren't|cannot|can't|can not|can throw|may throw|may not|(?<!now )throws?|fails?|failing|incorrect(?:ly)?|wrong(?:ly)?|missing|broken|bypass(?:es)?|ignores?|leaks?|crash(?:es)?|hangs?|should(?: not)? \w+|must \w+|returns? (?:a )?(?:wrong|incorrect|stale|null|true|false)|causes?|overflows?|(?:\w+)?exception|error)\b/iu;

/** Whether a plain subject is a bug report ("NumberUtils.isCreatable fails for hex longs"): its commit fixes it. */
export function isBugReport(subject: string): boolean {
  const lowered = subject.charAt(0).toLowerCase() + subject.slice(1);
  return (BUG_REPORT_START.test(subject) || BUG_REPORT_START.test(lowered)) && BUG_REPORT_WORDS.test(subject);
}
