import type { YAMLError } from 'yaml';
import type { ProblemWords } from '../i18n/words';
import type { Issue, Span } from '../result';

type SpanAt = (start: number, end: number) => Span;

/**
 * The YAML parser's errors as one issue: its first error, said in plain words at its line, with the count of the
 * messages that follow from it. One bad indent makes the parser report 5 to 17 errors, all but the first noise.
 */
export function syntaxIssues(errors: readonly YAMLError[], at: SpanAt, words: ProblemWords): Issue[] {
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const first = sorted[0];
  if (!first) return [];
  const plain = plainCause(first, words);
  const more = sorted.length - 1;
  return [
    {
      ...at(first.pos[0], first.pos[1]),
      severity: 'error',
      message: more > 0 ? `${plain} ${words.syntaxFollowOn(more)}` : plain,
      path: [],
    },
  ];
}

/** What a non-programmer can act on, from the parser's error code and message (both English, both stable). */
function plainCause(error: YAMLError, words: ProblemWords): string {
  const raw = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (error.code === 'MULTIPLE_DOCS') return words.secondDocument;
  if (error.code === 'TAB_AS_INDENT') return words.syntaxTab;
  if (/must be sufficiently indented and end with a [\]}]/.test(raw)) return words.syntaxUnclosed;
  if (error.code === 'MISSING_CHAR' && /quote/.test(raw)) return words.syntaxQuote;
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY') return words.syntaxColon;
  // A word alone on its line joins the next line's key: the parser sees a key spread over two lines.
  if (error.code === 'MULTILINE_IMPLICIT_KEY' || /Implicit map keys need to be followed by map values/.test(raw))
    return words.syntaxNoColon;
  const indentation = ['BAD_INDENT', 'MISSING_CHAR', 'UNEXPECTED_TOKEN'];
  if (indentation.includes(error.code)) return words.syntaxIndent;
  return words.syntax(raw);
}
