/** The draft as blocks, rendered twice: Markdown for the editor, plain text for an email body. */

/** One line of a list: an optional bold label, the text, and an optional note after a dash. */
export interface ListItem {
  label?: string;
  /** Between label and text; default ": ". */
  separator?: string;
  text: string;
  note?: string;
}

/** A block of the draft. */
export type Block =
  | { kind: 'title' | 'heading' | 'subheading' | 'paragraph' | 'aside'; text: string }
  | { kind: 'list'; items: ListItem[] };

// Commit text is data: a `*`, `_` or `<` in it must not turn into formatting or HTML in the preview.
// Code spans are left as written: inside backticks Markdown shows a backslash as is, so `a_b` must stay `a_b`.
const MD_SPECIAL = /[\\*_[\]<>|]/g;
const CODE_SPAN = /(`+)[^`]*?\1(?!`)/g;
const md = (text: string) => escapeBlockStart(escapeOutsideCode(text));

/**
 * A text placed at the start of a line or a list item, escaped so that it cannot open a block of its own: a
 * heading, a quote, a nested list (`- `, `1. `, `2) `), a rule, a code fence or an HTML block. The backslash goes
 * before the punctuation (`1\.`): before a digit it would be shown as is.
 */
export function escapeBlockStart(text: string): string {
  return text.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2').replace(/^(?:[#>+*_<-]|`{3}|~{3})/, '\\$&');
}

function escapeOutsideCode(text: string): string {
  let out = '';
  let last = 0;
  for (const span of text.matchAll(CODE_SPAN)) {
    out += text.slice(last, span.index).replace(MD_SPECIAL, '\\$&') + span[0];
    last = span.index + span[0].length;
  }
  return out + text.slice(last).replace(MD_SPECIAL, '\\$&');
}

/** Markdown: `#` title, `##` sections, `###` milestone groups, `-` lists, asides in italics. */
export function renderMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        out.push(`# ${md(block.text)}`, '');
        break;
      case 'heading':
        out.push(`## ${md(block.text)}`, '');
        break;
      case 'subheading':
        out.push(`### ${md(block.text)}`, '');
        break;
      case 'paragraph':
        out.push(md(block.text), '');
        break;
      case 'aside':
        out.push(`_${md(block.text)}_`, '');
        break;
      case 'list':
        out.push(
          ...block.items.map(
            (i) =>
              `- ${i.label ? `**${md(i.label)}**${i.separator ?? ': '}` : ''}${md(i.text)}${i.note ? ` (${md(i.note)})` : ''}`,
          ),
          '',
        );
        break;
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Plain text for email: underlined headings, `-` lists, no markup to escape. */
export function renderText(blocks: readonly Block[]): string {
  const out: string[] = [];
  const underline = (text: string, char: string) => out.push(text, char.repeat(Math.min([...text].length, 72)), '');
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        underline(block.text, '=');
        break;
      case 'heading':
        underline(block.text, '-');
        break;
      case 'subheading':
        out.push(`${block.text}:`, '');
        break;
      case 'paragraph':
      case 'aside':
        out.push(block.text, '');
        break;
      case 'list':
        out.push(
          ...block.items.map(
            (i) => `- ${i.label ? `${i.label}${i.separator ?? ': '}` : ''}${i.text}${i.note ? ` (${i.note})` : ''}`,
          ),
          '',
        );
        break;
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
