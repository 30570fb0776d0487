import * as vscode from 'vscode';
import type { FlagLink } from '../../core/flags/link';
import type { Words } from '../../core/i18n/words';
import type { Marker } from '../../core/markers';
import type * as AfterPaint from '../../lazy/afterPaint';
import { Disposable } from '../disposable';
import { loadLazy } from '../lazy';
import { uiWords } from '../uiWords';
import type { FlagState, FlagStore } from './flagStore';
import { oneLine } from '../../core/safeText';

/**
 * In the editor: a gutter icon on every marked line, a hover there with the flag's title, severity, mitigation
 * and coverage, and — when switched on — a background on the uncovered lines of flagged files. Both read an
 * analysis, so their helpers come from the afterPaint bundle that made it.
 */
export class FlagDecorations extends Disposable implements vscode.HoverProvider {
  private readonly marked: vscode.TextEditorDecorationType;
  private readonly uncovered = this.register(
    vscode.window.createTextEditorDecorationType({
      isWholeLine: true,
      backgroundColor: new vscode.ThemeColor('candor.uncoveredLineBackground'),
      overviewRulerColor: new vscode.ThemeColor('candor.uncoveredLineBackground'),
      overviewRulerLane: vscode.OverviewRulerLane.Left,
    }),
  );
  private showUncovered = false;

  constructor(
    private readonly flags: FlagStore,
    extensionUri: vscode.Uri,
  ) {
    super();
    this.marked = this.register(
      vscode.window.createTextEditorDecorationType({
        gutterIconPath: vscode.Uri.joinPath(extensionUri, 'media', 'flag.svg'),
        gutterIconSize: '80%',
      }),
    );
    this.register(vscode.languages.registerHoverProvider({ scheme: 'file' }, this));
    this.register(flags.onDidChange(() => this.decorateAll()));
    this.register(vscode.window.onDidChangeVisibleTextEditors(() => this.decorateAll()));
  }

  /** Shows or hides uncovered lines in flagged files; returns the new state. */
  toggleUncovered(): boolean {
    this.showUncovered = !this.showUncovered;
    this.decorateAll();
    return this.showUncovered;
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const found = this.locate(document.uri);
    const markers = found?.markers.filter((m) => m.line === position.line + 1) ?? [];
    if (!found || markers.length === 0) return undefined;
    const words = uiWords();
    const text = markers
      .map((m) =>
        hoverText(
          m,
          found.state.analysis.flags.find((l) => l.flag.id === m.id),
          words,
        ),
      )
      .join('\n\n---\n\n');
    return new vscode.Hover(new vscode.MarkdownString(text), document.lineAt(position.line).range);
  }

  private decorateAll(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      const found = this.locate(editor.document.uri);
      editor.setDecorations(
        this.marked,
        found ? found.markers.map((m) => new vscode.Range(m.line - 1, 0, m.line - 1, 0)) : [],
      );
      editor.setDecorations(this.uncovered, this.showUncovered && found ? uncoveredLines(found.state, found.file) : []);
    }
  }

  /** The analysis and workspace-relative path of a document, and the markers in it. */
  private locate(uri: vscode.Uri): { state: FlagState; file: string; markers: Marker[] } | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const state = folder && this.flags.get(folder.uri.toString());
    if (!folder || !state) return undefined;
    const file = vscode.workspace.asRelativePath(uri, false);
    return { state, file, markers: state.analysis.search.markers.filter((m) => m.file === file) };
  }
}

function hoverText(marker: Marker, link: FlagLink | undefined, words: Words): string {
  if (!link)
    return vscode.l10n.t(
      '**Unknown red flag `{0}`**: add it to `red_flags` in project.yaml or fix the id.',
      oneLine(marker.id),
    );
  const { flag } = link;
  return [
    vscode.l10n.t('**Red flag: {0}**', escape(flag.title)),
    vscode.l10n.t(
      'Severity: {0} · kind: {1} · {2}',
      words.values.severity[flag.severity],
      words.values.kind[flag.kind],
      loadLazy<typeof AfterPaint>('afterPaint').coverageLabel(link, words.flags),
    ),
    flag.mitigation
      ? vscode.l10n.t('Mitigation: {0}', escape(flag.mitigation))
      : vscode.l10n.t('_No solution proposed yet: bring one with the problem._'),
    marker.note ? vscode.l10n.t('Here: {0}', escape(marker.note)) : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

function uncoveredLines(state: FlagState, file: string): vscode.Range[] {
  const flagged = state.analysis.flags.some((l) => l.files.includes(file));
  const hits = flagged ? state.analysis.coverage.files.get(file) : undefined;
  if (!hits) return [];
  return [...loadLazy<typeof AfterPaint>('afterPaint').toMap(hits)]
    .filter(([, count]) => count === 0)
    .map(([line]) => new vscode.Range(line - 1, 0, line - 1, 0));
}

// One line, no control characters, no Markdown: a title from project.yaml or a marker's note is data.
const escape = (text: string) => oneLine(text).replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
