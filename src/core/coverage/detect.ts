// Tells a report's format from its first bytes (and from its file name when the content is ambiguous), and
// parses it with the right parser. Content wins over the name: `coverage.xml` is Cobertura from coverage.py
// but could be anything a CI step renamed.
import { en } from '../lang/en/coverage';
import type { Result } from '../result';
import { failed } from './builder';
import { parseClover } from './clover';
import { parseCobertura } from './cobertura';
import { parseGoCover } from './goCover';
import { parseIstanbul } from './istanbul';
import { parseJacoco } from './jacoco';
import { parseLcov } from './lcov';
import type { CoverageFormat, CoverageReport } from './types';
import type { CoverageWords } from './words';

const SNIFF = 4096;

/** A parser: the report's text, and the words of its problems (English by default). */
export type CoverageParser = (text: string, words?: CoverageWords) => Result<CoverageReport>;

const PARSERS: Record<CoverageFormat, CoverageParser> = {
  lcov: parseLcov,
  istanbul: parseIstanbul,
  cobertura: parseCobertura,
  jacoco: parseJacoco,
  go: parseGoCover,
  clover: parseClover,
};

/** The parser for a format. */
export function parserFor(format: CoverageFormat): CoverageParser {
  return PARSERS[format];
}

/** Guesses a report's format from its first 4 KB, then from its file name; undefined when neither tells. */
export function detectFormat(text: string, fileName?: string): CoverageFormat | undefined {
  return sniff(text.slice(0, SNIFF)) ?? (fileName === undefined ? undefined : byName(fileName));
}

function sniff(raw: string): CoverageFormat | undefined {
  const head = raw.replace(/^\uFEFF?\s*/, '');
  if (head.startsWith('mode:')) return 'go';
  if (head.startsWith('{')) return 'istanbul';
  if (head.startsWith('<')) {
    if (head.includes('//JACOCO//') || /<report[\s>]/.test(head)) return 'jacoco';
    if (/<coverage[^>]*\sclover=/.test(head) || /<project[\s>]/.test(head)) return 'clover';
    if (head.includes('<coverage')) return 'cobertura';
    return undefined;
  }
  if (/^(TN|SF|VER):/m.test(head)) return 'lcov';
  return undefined;
}

function byName(fileName: string): CoverageFormat | undefined {
  const base = fileName.replace(/^.*[\\/]/, '').toLowerCase();
  if (base.endsWith('.info') || base.startsWith('lcov')) return 'lcov';
  if (base.endsWith('.json')) return 'istanbul';
  if (base.endsWith('.xml')) {
    if (base.includes('jacoco')) return 'jacoco';
    if (base.includes('clover')) return 'clover';
    return 'cobertura';
  }
  if (base.endsWith('.out') || base.endsWith('.coverprofile')) return 'go';
  return undefined;
}

/**
 * Detects the format (unless given) and parses; a report of unknown format is a failed Result, not a throw.
 * `words` word the report's problems (English by default).
 */
export function parseCoverage(
  text: string,
  fileName?: string,
  format?: CoverageFormat,
  words: CoverageWords = en,
): Result<CoverageReport> {
  const detected = format ?? detectFormat(text, fileName);
  if (!detected) return failed(text.trim() === '' ? words.empty : words.unknownFormat);
  return PARSERS[detected](text, words);
}
