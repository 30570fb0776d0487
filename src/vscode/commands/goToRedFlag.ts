import * as vscode from 'vscode';
import { coverageLabel } from '../../core/flags/rows';
import { Commands, PROJECT_FILE } from '../constants';
import type { FlagStore } from '../flags/flagStore';
import { uiWords } from '../uiWords';
import type { Command } from './command';
import { oneLine } from '../../core/safeText';

interface Pick extends vscode.QuickPickItem {
  uri?: vscode.Uri;
  line?: number;
}

const SEVERITY_ICON = { critical: '$(flame)', high: '$(warning)', medium: '$(warning)', low: '$(info)' } as const;

/** Candor: Go to Red Flag — every flag (opens project.yaml at it) and every marker (opens the code), by risk. */
export class GoToRedFlagCommand implements Command {
  readonly id = Commands.goToRedFlag;
  constructor(private readonly flags: FlagStore) {}

  async execute(): Promise<void> {
    const picks = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Candor: linking red flags') },
      async () => (await this.flags.settled(), this.picks()),
    );
    if (picks.length === 0) {
      void vscode.window.showInformationMessage(
        vscode.l10n.t(
          'No red flags: add them under red_flags in {0}, and mark their code with RED-FLAG(id) comments.',
          PROJECT_FILE,
        ),
      );
      return;
    }
    const picked = await vscode.window.showQuickPick(picks, {
      placeHolder: vscode.l10n.t('Go to a red flag or one of its markers'),
      matchOnDescription: true,
      matchOnDetail: true,
    });
    if (!picked?.uri) return;
    const position = new vscode.Position(Math.max(0, (picked.line ?? 1) - 1), 0);
    await vscode.window.showTextDocument(picked.uri, { selection: new vscode.Range(position, position) });
  }

  private picks(): Pick[] {
    const many = this.flags.all().length > 1;
    const words = uiWords();
    return this.flags.all().flatMap(({ project, analysis }) => {
      const lines = project.result.ok ? project.result.value.lines : new Map<string, number>();
      const known = new Set(analysis.flags.map((l) => l.flag.id));
      const flagPicks = analysis.flags
        .filter((l) => l.flag.status !== 'closed')
        .flatMap((link): Pick[] => [
          {
            label: `${SEVERITY_ICON[link.flag.severity]} ${oneLine(link.flag.title)}`,
            description: [
              words.values.severity[link.flag.severity],
              coverageLabel(link, words.flags),
              many ? project.folder.name : undefined,
            ]
              .filter(Boolean)
              .join(' · '),
            detail: link.flag.mitigation ? oneLine(link.flag.mitigation) : vscode.l10n.t('No solution proposed yet'),
            uri: project.uri,
            line: lines.get(`red_flags.${link.index}`),
          },
          ...link.markers.map((m) => ({
            label: `$(location) ${m.file}:${m.line}`,
            description: m.note && oneLine(m.note),
            uri: vscode.Uri.joinPath(project.folder.uri, m.file),
            line: m.line,
          })),
        ]);
      const strays = analysis.search.markers
        .filter((m) => !known.has(m.id))
        .map((m): Pick => ({
          label: `$(question) ${m.file}:${m.line}`,
          description: vscode.l10n.t('unknown red flag "{0}"', oneLine(m.id)),
          detail: m.note && oneLine(m.note),
          uri: vscode.Uri.joinPath(project.folder.uri, m.file),
          line: m.line,
        }));
      return strays.length
        ? [...flagPicks, { label: vscode.l10n.t('Unknown ids'), kind: vscode.QuickPickItemKind.Separator }, ...strays]
        : flagPicks;
    });
  }
}
