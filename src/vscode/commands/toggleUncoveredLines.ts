import * as vscode from 'vscode';
import { Commands } from '../constants';
import type { FlagDecorations } from '../flags/flagDecorations';
import type { Command } from './command';

/** Candor: Toggle Uncovered Lines in Flagged Files. */
export class ToggleUncoveredLinesCommand implements Command {
  readonly id = Commands.toggleUncoveredLines;
  constructor(private readonly decorations: FlagDecorations) {}

  execute(): boolean {
    const shown = this.decorations.toggleUncovered();
    vscode.window.setStatusBarMessage(
      shown
        ? vscode.l10n.t('Candor: uncovered lines of flagged files shown')
        : vscode.l10n.t('Candor: uncovered lines hidden'),
      3000,
    );
    return shown;
  }
}
