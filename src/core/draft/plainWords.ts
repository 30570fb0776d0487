/**
 * Readings of a subject that its first verb gets wrong (see `plainKind` in subject.ts): developer-only work a
 * client never sees ("Fix javac warnings", "Apply the formatter to the clients module", "Fix malformed Javadoc
 * comments"), code hygiene ("Use final", "Simplify `Option` handling"), and a bug report used as the subject
 * ("Range.readObject() does not check its bounds"), which the fix that closes it carries into the history.
 */

// A token that is code, not prose: a code span, a dotted or `::` name, a call, camelCase or snake_case.
const CODE_TOKEN = String.raw`(?:\x60[^\x60]+\x60|\S*[\p{L}\p{N}](?:\.|::|#)[\p{L}\p{N}_]\S*|\S*\(\)|\S*\p{Ll}\p{Lu}\S*|\S*_\S*)`;
// Tools that only developers run: formatters, linters, static analysis, test frameworks and benchmarks.
// `black` is a colour too: it counts in backticks only.
const DEV_TOOL = String.raw`(?:\x60black\x60|\x60?(?:spotless|checkstyle|spotbugs|findbugs|pmd|errorprone|error-prone|sonar\w*|clippy|rustfmt|gofmt|goimports|scalafmt|ktlint|detekt|rubocop|standardrb|eslint|tslint|oxlint|biome|dprint|prettier|stylelint|swiftlint|swiftformat|clang-format|clang-tidy|golangci-lint|ruff|isort|flake8|pylint|yapf|autopep8|mypy|pyright|pep8|pre-commit|jacoco|miri|junit(?:\s*\d+)?|testng|mockito|pytest|jmh)(?:::\S*)?\x60?)`;
const TOOL_VERB = String.raw`(?:fix(?:e[ds]|ing)?|appl(?:y|ied)|run|ran|enable[ds]?|add(?:ed)?|address(?:ed)?|allow(?:ed)?|configure[ds]?|silence[ds]?|satisfy|appease|migrate[ds]?|switch(?:ed)?|bump(?:ed)?|update[ds]?|upgrade[ds]?|use)`;
const TOOL_TAIL = String.raw`(?:lints?|linting|warnings?|rules?|config(?:uration)?|violations?|offen[cs]es|issues|errors|cops?|checks?|fix(?:es)?|on|in|to|for|from|with|when|without|v?\d\S*)`;

// A pattern and the words one of which a subject must hold for it to be tried (most subjects hold none).
interface Rule {
  words: string;
  pattern: RegExp;
}
const rule = (words: string, pattern: RegExp): Rule => ({ words, pattern });
const escapeWord = (word: string) => word.replace(/[.*+?^${}()[\]\\]/g, '\\$&');

/**
 * Rules indexed by their words: one scan of the lower-cased subject finds the words it holds, and only the
 * patterns of those run (tried one after the other, the patterns cost several microseconds a commit).
 */
class RuleSet {
  private readonly anyWord: RegExp;
  private readonly byFirstLetter = new Map<string, { word: string; rules: number[] }[]>();

  constructor(private readonly rules: readonly Rule[]) {
    const words = new Map<string, number[]>();
    rules.forEach((r, i) => {
      for (const word of r.words.split('|')) words.set(word, [...(words.get(word) ?? []), i]);
    });
    for (const [word, indexes] of words) {
      const entries = this.byFirstLetter.get(word.charAt(0)) ?? [];
      this.byFirstLetter.set(word.charAt(0), [...entries, { word, rules: indexes }]);
    }
    this.anyWord = new RegExp([...words.keys()].map(escapeWord).join('|'), 'g');
  }

  /** Whether one of the rules matches; the case-sensitive patterns (camelCase is code) read the verbs in lower case. */
  test(subject: string): boolean {
    const lower = subject.toLowerCase();
    const candidates = new Set<number>();
    this.anyWord.lastIndex = 0;
    // Words may overlap ("test", "tests"): every word that starts where one matched counts.
    for (let m = this.anyWord.exec(lower); m; m = this.anyWord.exec(lower)) {
      for (const { word, rules } of this.byFirstLetter.get(lower.charAt(m.index)) ?? [])
        if (lower.startsWith(word, m.index)) for (const i of rules) candidates.add(i);
      this.anyWord.lastIndex = m.index + 1;
    }
    if (candidates.size === 0) return false;
    const lowered = subject.charAt(0).toLowerCase() + subject.slice(1);
    for (const i of candidates) {
      const pattern = this.rules[i]!.pattern;
      if (pattern.test(pattern.flags.includes('i') ? subject : lowered)) return true;
    }
    return false;
  }
}
const HYGIENE_GATE = 'simplif|streamline|reuse|inline|tidy|tidies|polish|restructure|reorgani|extract|sort|merge|flip';
const TOOL_GATE =
  'spotless|checkstyle|spotbugs|findbugs|pmd|errorprone|error-prone|sonar|clippy|rustfmt|gofmt|goimports|scalafmt|ktlint|detekt|rubocop|standardrb|eslint|tslint|oxlint|biome|dprint|prettier|stylelint|swiftlint|swiftformat|clang-|golangci|ruff|isort|flake8|pylint|yapf|autopep8|mypy|pyright|pep8|pre-commit|`black`|jacoco|miri|junit|testng|mockito|pytest|jmh';

// Work on the developers' side whatever the verb or type: a `fix:` that says one of these is internal too.
const DEVELOPER_ONLY: readonly Rule[] = [
  // "Internal refactoring", "Minor refactor of the parser", "Code cleanup in streams", "Various cleanups".
  rule(
    'refactor|clean',
    /^(?:(?:internal|minor|small|various|some|code|general|more|further|misc|major|quick|additional|light)\s+){0,2}(?:refactor(?:ing|ed|s)?|clean-?ups?)\b/i,
  ),
  // "Make private static variables final", "Rename internal constant" (but "Expose private fields" is news).
  rule(
    'internal|private',
    /^(?!expose)(?:.*?\s)?(?:internal|private) (?:\w+ )?(?:constants?|names?|methods?|class(?:es)?|fields?|variables?|docs?|documentation|helpers?|functions?|api|dsl methods?)\b/i,
  ),
  // "Apply spotless to all modules", "Fix SpotBugs X in Y", "Enable `clippy::ref_as_ptr`", "Wasm clippy".
  rule(
    TOOL_GATE,
    new RegExp(
      String.raw`^${TOOL_VERB}\s+(?:\S+\s+){0,4}?${DEV_TOOL}(?:\s+${TOOL_TAIL}\b.*|\s+\S+\s+(?:in|on|for)\b.*)?$`,
      'i',
    ),
  ),
  rule(
    TOOL_GATE,
    new RegExp(
      String.raw`^(?:\S+\s+){0,2}${DEV_TOOL}(?:\s+(?:lints?|warnings?|rules?|cops?|violations?|offen[cs]es)\b.*)?$`,
      'i',
    ),
  ),
  rule('::|ci ', /\b(?:clippy|rustdoc)::\w|\bci (?:jobs?|workflows?|pipelines?|builds?|config|errors?|failures?)\b/i),
  // "Fix lints after Rust 1.92", "Fix a few \"repeated word\" typos", "… error running tests via Docker".
  rule(
    'lint|typo|tests',
    /^(?:fix|address|silence)\S*\s+(?:\S+\s+){0,4}?(?:lints?|typos?)(?:\s+(?:errors|warnings|issues|failures))?(?:\s+(?:in|on|for|after|from|with)\b.*)?$|\b(?:running|when running|while running) (?:the )?tests\b/i,
  ),
  rule(
    'lint',
    /^(?:fix|address|silence|satisfy|appease|allow|enable)\S*\s+.*\blints?$|^(?:\w+ and )?lint(?:ing)?$|^linter\b|^(?:enable|allow|deny|forbid|fix|address|silence)\S*\s+(?:the\s+)?\S+\s+lints?\b/i,
  ),
  // "… with ruff", "Behebt Warnungen von pylint", "Corrige les erreurs de lint".
  rule(
    `${TOOL_GATE}|lint`,
    new RegExp(String.raw`\b(?:on|under|with|in|von|mit|de|du|des|avec|del|con)\s+(?:${DEV_TOOL}|lint|linter)$`, 'i'),
  ),
  // Layout and warnings: "Remove trailing whitespace", "Fix indentation", "Fix console compiler warning".
  rule(
    'space|blank|indentation',
    /^(?:remove[ds]?|strip|delete|trim|fix|clean ?up|drop|reduce)\s+(?:\S+\s+)?(?:(?:trailing|extra|redundant|unnecessary|excess|vertical|needless|stray) )?(?:whitespaces?|(?:vertical )?space|blank lines?)$|^(?:remove[ds]?|strip|delete|trim|fix)\s+(?:\S+\s+)?trailing\s+(?:whitespaces?|spaces)\b|^(?:fix|correct)\s+(?:the\s+)?indentation$/i,
  ),
  // Java and Rust idioms: "Use final", "Use ternary instead of if-else", "Make fields final", "Sort members".
  rule(
    'final|ternary|expression|each|single return|{|comment|precompile|members|imports|methods',
    /^use (?:final|ternary|expression|for[- ]each|a single return)\b|^use \{ ?\}|^comment(?:ed|s)? out\b|^make\b.*\bfinal(?:\s+(?:in|for)\b.*)?$|^precompile\b|^sort (?:members|imports|methods)\b/i,
  ),
  rule(
    'warning',
    /\b(?:(?:compiler|javac|scalac|rustc|rustdoc|console|build|generics|lint|doc|javadoc|unchecked|raw ?types?)\s+warnings?|warnings as errors)\b|^(?:fix|resolve|silence|remove|suppress|avoid|address)\S*\s+(?:\S+\s+){0,2}?deprecation warnings?\b/i,
  ),
  // Comments and API docs in the code: "Fix malformed Javadoc comments", "Fix broken doc examples".
  rule(
    'doc|comment',
    /\b(?:javadocs?|rdoc|rustdocs? (?:comments?|links?|issues|warnings?)|jsdoc|docstrings?|doc ?comments?|code comments?|doc ?tests?|docs? examples?|\/\/ comments?)\b/i,
  ),
  rule(
    'comment',
    /^(?:add(?:ed)?|better|update[ds]?|improve[ds]?|clarify|fix(?:ed)?|remove[ds]?|more|reword)?\s*(?:a |the |useless |unused |some )?comments?$/i,
  ),
  // "Fix spelling and grammar in StringUtils", "Fix double "to"" (a repeated word).
  rule(
    'spelling|grammar|wording|double',
    new RegExp(
      String.raw`^(?:fix(?:e[ds]|ing)?|correct(?:s|ed)?)\s+(?:\S+\s+)?(?:(?:spelling|grammar|wording)(?:\s+(?:mistakes?|errors?|issues?))?(?:\s+and\s+\w+)?(?:\s+(?:in|of)\s+${CODE_TOKEN}.*)?$|double\s+(?:["'“‘]\S+|(?:the|a|an|to|of|and|in|is|it|for|on|that)$))`,
      'u',
    ),
  ),
  // Docs of any kind: "Add error documentation for `invoice::Builder`", "Correct … in the internal docs".
  rule(
    'doc|readme|changelog',
    // What the docs are for must be code: "Upload medical documentation to the patient file" is news. "Release
    // changelog and doc fixes" ends on the docs' own work.
    new RegExp(
      String.raw`^\S+\s+(?:\S+\s+){0,3}?(?:[Dd]ocs?|[Dd]ocumentation|DOCS)(?:\s+(?:for|of|in|on|about)\s+(?:the\s+)?${CODE_TOKEN}.*)?$|\b(?:in|for|of) (?:the )?(?:\S+\s+){0,2}(?:[Dd]ocs?|[Dd]ocumentation|DOCS|[Rr]eadme|README|[Cc]hangelog|CHANGELOG)$|\b(?:[Cc]hangelog|CHANGELOG|[Dd]ocs?|[Dd]ocumentation)(?:\s+and\s+(?:changelog|docs?|documentation))?\s+(?:fixes|updates?|tweaks|cleanups?)$`,
      // Case-sensitive: camelCase is code only where the case is read.
      'u',
    ),
  ),
  // A test class or method named: "Fix shutdown race in StreamThreadTest", "Rewrite FooTest.testBar()".
  rule('test|spec', /\b\p{Lu}\w*\p{Ll}(?:Tests?|Spec)\b|\btest_\w+_\w+|\btest_\w+\(\)|\w+_test\b/u),
  // French, Spanish and German: "Réusine le code", "refacto du calcul", "Limpieza de código", "Code aufgeräumt".
  rule(
    'refacto|réusin|nettoy|limpieza|aufgeräumt|aufräumen|umbau',
    /^(?:refacto\b|réusin\p{L}*|refactoris\p{L}*|refactoriz\p{L}*|nettoyage du code|nettoie le code|limpieza de(?:l)? código|code aufgeräumt|aufräumen\b|umbau\b)/iu,
  ),
  // "Prepare for the next release candidate", "Updates for the next release".
  rule(
    'next|new|upcoming',
    /^(?:prepare|updates?)\s+(?:for\s+)?(?:the\s+)?(?:next|new|upcoming)\s+(?:release|version|rc|release candidate)\b/i,
  ),
  // A dated release or deployment commit ("Mise en production de la simulation" names news): "Mise en production 24 septembre", "Deploy to production", "Puesta en producción".
  rule(
    'prod|despliegue|deploy',
    /^(?:mise en prod(?:uction)?|puesta en producción|despliegue en producción|deploy(?:ed|ment)? to (?:prod|production|staging))(?:\s+(?:du\s+|le\s+|del\s+|on\s+)?\d.*)?$/iu,
  ),
  rule('(+', /\(\+ ?refacto\)$/i),
  // A commit header pasted as the subject: "commit 0a1b2c… Author: … Date: …".
  rule('commit ', /^commit [0-9a-f]{7,40}\b/i),
];

// Adjectives of a test that is only a test ("Add a few basic tests", "Fix the stress test of …"): "Fix OIT depth
// test" or "Fix far plane intersection test" name a check of the product, and stay.
const TEST_ADJECTIVE = String.raw`(?:the|a|an|some|more|few|basic|missing|new|flaky|failing|broken|unit|integration|regression|e2e|end-to-end|stress|smoke|snapshot|playwright|loom|selenium|browser|reflection|doc|two|three|several|additional|${CODE_TOKEN})`;
const HYGIENE_VERB = String.raw`(?:simplif(?:y|ies|ied)|streamline[ds]?|reuse[ds]?|inline[ds]?|tidy|tidies|polish(?:es|ed)?|restructure[ds]?|reorgani[sz]e[ds]?|extract(?:s|ed)?|sort|merge|flip)`;
// The code-only things a hygiene verb acts on: "Simplify wheel constants", "Inline single use local variable".
const CODE_OBJECT = String.raw`(?:constants?|variables?|internals|implementation|if statements?|generics|imports|members|ternary|lambdas?|casts?|boilerplate|helpers?)`;
const JOINER = String.raw`(?:instead of|rather than|in place of|over|for|in|to|into|from)`;

// Code hygiene under a plain subject: the same verbs in a `fix:` or `feat:` commit describe the fix itself.
const CODE_HYGIENE: readonly Rule[] = [
  rule(
    'test',
    new RegExp(String.raw`^\S+\s+(?:${TEST_ADJECTIVE}\s+){0,3}tests?(?:\s+(?:for|of|in|on|to|about)\b.*)?$`, 'u'),
  ),
  rule(
    HYGIENE_GATE,
    new RegExp(String.raw`^${HYGIENE_VERB}\s+(?:\S+\s+){0,3}?${CODE_OBJECT}(?:\s+(?:in|of|for|from|with)\b.*)?$`, 'i'),
  ),
  // "Simplify the code", "Simplify conditions", but "Simplify the promo code entry" is news.
  rule(
    HYGIENE_GATE,
    new RegExp(
      String.raw`^${HYGIENE_VERB}\s+(?:the\s+|some\s+)?(?:code|logic|conditions?|expressions?)(?:\s+(?:in|of|for|from|with)\b.*)?$`,
      'i',
    ),
  ),
  rule(
    HYGIENE_GATE,
    new RegExp(
      String.raw`^${HYGIENE_VERB}\s+(?:\S+\s+){0,2}?${CODE_TOKEN}(?:\s+(?:handling|with|${JOINER}|as|and)\b.*)?$`,
      'u',
    ),
  ),
  // "Use Hash#each_key instead of Hash#keys.each", "Use `strvec` for `keep_hashes`"; "… in internal JobList".
  rule(
    'use',
    new RegExp(String.raw`^use\s+(?:the\s+|an?\s+)?${CODE_TOKEN}(?:\s+${JOINER}\s+(?:the\s+)?${CODE_TOKEN})*$`, 'u'),
  ),
  rule('internal', new RegExp(String.raw`\b(?:in|of) (?:the )?internal\s+${CODE_TOKEN}$`, 'u')),
  // "Rename the `queue` field", "Rename fsm-ipc-darwin.c to fsm-ipc-unix.c", "Rename reset_head()".
  rule(
    'rename',
    new RegExp(
      String.raw`^rename[ds]?\s+(?:the\s+)?(?:(?:function|method|variable|struct|field|helper|constant|type)\s+\S+|\S+\(\)|\S+\.(?:c|h|rs|py|rb|ts|js|java|go|kt|scala|cpp|hpp)|\x60struct [^\x60]+\x60)`,
      'u',
    ),
  ),
  // Code moved between modules: "Move quota params from KafkaConfig to QuotaConfig", "Move X to the core module".
  rule(
    'mov|relocat|migrat',
    new RegExp(
      String.raw`^(?:move[ds]?|moving|relocate[ds]?|migrate[ds]?)\b.*\b(?:to|into|from)\s+(?:the\s+)?(?:${CODE_TOKEN}|(?:\S+\s+){1,3}(?:module|package|pkg|crate|namespace)\b|(?:module|package|pkg|crate|namespace)\b|\p{Lu}\S*\p{Ll}\p{Lu}\S*)(?:\s+(?:module|package|pkg|crate|namespace|class|trait|struct|file))?(?:\s+(?:to|into|from|in)\s+.*)?$`,
      'u',
    ),
  ),
];

const DEVELOPER_ONLY_RULES = new RuleSet(DEVELOPER_ONLY);
const INTERNAL_WORK_RULES = new RuleSet([...DEVELOPER_ONLY, ...CODE_HYGIENE]);

/** Whether a subject, typed or not, says developer-only work: tooling, warnings, comments, docs, refactoring. */
export function isDeveloperOnly(subject: string): boolean {
  return DEVELOPER_ONLY_RULES.test(subject);
}

/** Whether a plain subject is work the client never sees: developer-only work, tests or code hygiene. */
export function isInternalWork(subject: string): boolean {
  return INTERNAL_WORK_RULES.test(subject);
}

// Where a subject starts with code (a class, a call) or a bug adjective, these words make it a bug report.
const BUG_REPORT_START = new RegExp(String.raw`^(?:${CODE_TOKEN}|\p{Lu}\p{Ll}+\p{Lu}\S*)`, 'u');
const BUG_ADJECTIVE = /^(?:incorrect|wrong|missing|broken|bad|invalid|inconsistent|unexpected)\b/i;
const BUG_REPORT_WORDS =
  /\b(?:does ?n[o']t|doesn't|do not|don't|did not|didn't|is not|isn't|are not|aren't|cannot|can't|can not|can throw|may throw|may not|(?<!now )throws?|fails?|failing|incorrect(?:ly)?|wrong(?:ly)?|missing|broken|bypass(?:es)?|ignores?|leaks?|crash(?:es)?|hangs?|should(?: not)? \w+|must \w+|returns? (?:a )?(?:wrong|incorrect|stale|null|true|false)|causes?|overflows?|\w+(?:exception|error))\b/u;

/** Whether a plain subject is a bug report ("NumberUtils.isCreatable fails for hex longs"): its commit fixes it. */
export function isBugReport(subject: string): boolean {
  // The words after the first: "BevyError backtrace doc details" names an error type, it reports no bug.
  const rest = subject.slice(subject.search(/\s|$/)).toLowerCase();
  return BUG_ADJECTIVE.test(subject) || (BUG_REPORT_START.test(subject) && BUG_REPORT_WORDS.test(rest));
}
