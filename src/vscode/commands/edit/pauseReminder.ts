import * as vscode from 'vscode';
import { isIsoDate, pauseCadence } from '../../../core/edits/actions';
import type { OutlineNode } from '../../../core/outline';
import { Commands } from '../../constants';
import type { Logger } from '../../logger';
import type { ProjectStore } from '../../projectStore';
import type { ProjectTree } from '../../projectTree';
import type { Command } from '../command';
import { applyProjectEdit } from './applyProjectEdit';
import { askDate } from './inputs';
import { projectOf } from './pickItem';

/**
 * Pauses the client-update reminder until a day (holidays, a project on hold): `communication.paused_until`.
 * An empty answer resumes it. The day can be given as the second argument ('' resumes).
 */
export class PauseReminderCommand implements Command {
  readonly id = Commands.pauseReminder;

  constructor(
    private readonly store: ProjectStore,
    private readonly tree: ProjectTree,
    private readonly log: Logger,
  ) {}

  async execute(node?: OutlineNode, given?: string): Promise<boolean> {
    const state = await projectOf(this.store, this.tree, node);
    if (!state?.result.ok) return false;
    const current = state.result.value.file.communication?.paused_until;
    const until =
      typeof given === 'string' && (given === '' || isIsoDate(given))
        ? given
        : await askDate(
            vscode.l10n.t('No update reminder until (YYYY-MM-DD; empty resumes the reminder)'),
            current,
            true,
          );
    if (until === undefined) return false;
    this.log.info(until ? `reminder paused until ${until}` : 'reminder resumed');
    return applyProjectEdit(this.store, state, (text) => pauseCadence(text, until || undefined), this.log);
  }
}
