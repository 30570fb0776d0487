/**
 * A Markdown draft as plain text for an email: headings underlined, emphasis and code marks dropped, links as
 * "text (url)". The tech lead may have edited the draft, so this works on the edited Markdown, not on the
 * draft's own plain rendering.
 */
export function markdownToPlainText(markdown: string): string {
  return markdown
    .split(/\r?\n/)
    .map((line) => {
      const heading = /^(#{1,6})\s+(.*)$/.exec(line);
      if (heading) {
        const text = inline(heading[2]!);
        return heading[1]!.length <= 2 ? `${text}\n${'='.repeat(text.length)}` : `${text}\n${'-'.repeat(text.length)}`;
      }
      return inline(line.replace(/^(\s*)[*+]\s+/, '$1- '));
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
}

function inline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\(([^)\s]+)\)/g, (_, label: string, url: string) =>
      label && label !== url ? `${label} (${url})` : url,
    )
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1');
}
