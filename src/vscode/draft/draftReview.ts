import * as vscode from 'vscode';
import type { DraftWarning, ExplainEntry } from '../../core/draft/types';
import { oneLine } from '../../core/safeText';
import type { DraftReview } from './drafts';

type ReviewOf = (draftUri: string) => DraftReview | undefined;

// What must be acted on before sending is a warning; what is only worth knowing is information.
const WARNING_KINDS = new Set<DraftWarning['kind']>(['secret', 'blame', 'mitigation', 'redaction']);

/** One diagnostic per review point, on the line it is about (the title line when it is about the whole draft). */
export function reviewDiagnostics(
  document: vscode.TextDocument,
  warnings: readonly DraftWarning[],
): vscode.Diagnostic[] {
  return warnings.map((w) => {
    const line = document.lineAt(Math.min(w.line ?? 0, document.lineCount - 1));
    const severity = WARNING_KINDS.has(w.kind)
      ? vscode.DiagnosticSeverity.Warning
      : vscode.DiagnosticSeverity.Information;
    const diagnostic = new vscode.Diagnostic(line.range, w.message, severity);
    diagnostic.source = 'Candor';
    diagnostic.code = w.kind;
    return diagnostic;
  });
}

/** On a line of a draft, the commits behind it: the one that gave its wording and those merged into it. */
export class DraftHover implements vscode.HoverProvider {
  constructor(private readonly reviewOf: ReviewOf) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const entries = this.reviewOf(document.uri.toString())?.explain.filter((e) => lineOf(e) === position.line) ?? [];
    if (entries.length === 0) return undefined;
    const text = new vscode.MarkdownString();
    text.appendMarkdown(
      `**${entries.length === 1 ? vscode.l10n.t('The commit behind this line') : vscode.l10n.t('The {0} commits behind this line', entries.length)}**\n\n`,
    );
    for (const entry of entries) {
      text.appendMarkdown(`- \`${entry.hash.slice(0, 7)}\` `);
      text.appendText(oneLine(entry.subject));
      if (entry.outcome.kind === 'merged') text.appendMarkdown(` — ${vscode.l10n.t('merged as a near-duplicate')}`);
      text.appendMarkdown('\n');
    }
    return new vscode.Hover(text, document.lineAt(position.line).range);
  }
}

function lineOf(entry: ExplainEntry): number | undefined {
  return entry.outcome.kind === 'item' || entry.outcome.kind === 'merged' ? entry.outcome.line : undefined;
}

/** The read-only `candor-explain:` documents: why each line of a draft is there, opened beside it. */
export class ExplainDocuments implements vscode.TextDocumentContentProvider {
  static readonly scheme = 'candor-explain';

  constructor(private readonly reviewOf: ReviewOf) {}

  /** The explanation's address for a draft: the draft's URI rides in the query. */
  static uriFor(draft: vscode.Uri): vscode.Uri {
    const name = draft.path.split('/').at(-1) ?? '';
    return vscode.Uri.from({
      scheme: ExplainDocuments.scheme,
      path: `/${vscode.l10n.t('Why each line is there')} (${name}).txt`,
      query: draft.toString(),
    });
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return (
      this.reviewOf(uri.query)?.explainText ??
      vscode.l10n.t('This draft is closed: draft the status update again to explain it.')
    );
  }
}
