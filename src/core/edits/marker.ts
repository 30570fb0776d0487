/** The code half of "Mark as Red Flag": a marker comment written above a selection, in the file's comment syntax. */
import { MARKER_TOKEN } from '../markers';
import type { TextEdit } from '../model/toggle';

/** How a language writes a one-line comment: an opener and, for block-only languages, a closer. */
interface CommentSyntax {
  open: string;
  close?: string;
}

const SLASHES: CommentSyntax = { open: '//' };
const HASH: CommentSyntax = { open: '#' };
const DASHES: CommentSyntax = { open: '--' };
const SEMICOLON: CommentSyntax = { open: ';' };
const XML: CommentSyntax = { open: '<!--', close: '-->' };
const STAR: CommentSyntax = { open: '/*', close: '*/' };

// VS Code language ids; only openers that the marker finder reads (see markers.ts) are used.
const withSyntax = (syntax: CommentSyntax, ids: readonly string[]) => ids.map((id) => [id, syntax] as const);
const BY_LANGUAGE: Record<string, CommentSyntax> = Object.fromEntries([
  ...withSyntax(SLASHES, [
    'javascript',
    'typescript',
    'javascriptreact',
    'typescriptreact',
    'java',
    'c',
    'cpp',
    'csharp',
    'go',
    'rust',
    'swift',
    'kotlin',
    'scala',
    'dart',
    'php',
    'groovy',
    'jsonc',
    'objective-c',
    'objective-cpp',
    'scss',
    'less',
    'fsharp',
    'proto',
    'cuda-cpp',
    'hlsl',
    'glsl',
    'zig',
    'solidity',
  ]),
  ...withSyntax(HASH, [
    'python',
    'ruby',
    'shellscript',
    'perl',
    'r',
    'yaml',
    'toml',
    'dockerfile',
    'makefile',
    'powershell',
    'coffeescript',
    'elixir',
    'julia',
    'nim',
    'properties',
    'dotenv',
    'terraform',
    'graphql',
    'cmake',
    'nix',
    'crystal',
  ]),
  ...withSyntax(DASHES, ['sql', 'lua', 'haskell', 'elm', 'ada']),
  ...withSyntax(SEMICOLON, ['clojure', 'lisp', 'scheme', 'ini', 'asm']),
  ...withSyntax(XML, ['html', 'xml', 'markdown', 'vue', 'svelte', 'xsl', 'razor']),
  ['css', STAR],
]);

/** Whether Candor knows how to write a comment in this VS Code language. */
export function canMarkIn(languageId: string): boolean {
  return languageId in BY_LANGUAGE;
}

/**
 * The line `RED-FLAG(<id>): <why>` in the language's comment syntax, inserted at the start of `line` (0-based)
 * with that line's indentation; undefined for a language without a known comment syntax.
 */
export function markerEdit(
  text: string,
  line: number,
  languageId: string,
  id: string,
  why: string,
): TextEdit | undefined {
  const syntax = BY_LANGUAGE[languageId];
  if (!syntax) return undefined;
  let offset = 0;
  for (let i = 0; i < line; i++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return undefined;
    offset = next + 1;
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^[ \t]*/.exec(text.slice(offset))![0];
  const note = why.replace(/\s+/g, ' ').trim();
  const body = `${syntax.open} ${MARKER_TOKEN}${id}): ${note}${syntax.close ? ` ${syntax.close}` : ''}`;
  return { offset, length: 0, text: `${indent}${body}${eol}` };
}
