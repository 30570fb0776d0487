import * as vscode from 'vscode';
import { setContext } from '../contextKeys';
import { makeRange, withUntil, type CommitRange } from '../../core/git/range';
import { renderExplain } from '../../core/draft/explain';
import { readTags } from '../../node/git/repoInfo';
import { readHistory } from '../../node/lastUpdate';
import { draftFromRepo } from '../../node/statusDraft';
import { sinceLastUpdate } from '../../node/statusHistory';
import { pickProject, withCancellableProgress } from '../commandSupport';
import { Commands, ContextKeys } from '../constants';
import type { Drafts } from '../draft/drafts';
import { draftLanguage, draftOptions, historyFolderOf } from '../draft/settings';
import { oneLine } from '../../core/safeText';
import { uiLanguage, uiWords } from '../uiWords';
import { GIT } from '../../core/lang/git';
import { wordHistoryNote } from '../../core/statusHistory';
import { wordLogNote } from '../../core/git/logNotes';
import type { Logger } from '../logger';
import type { ProjectState, ProjectStore } from '../projectStore';
import type { Command } from './command';

/** Arguments for callers that already know the range (the status bar, tests): no quick pick is shown. */
export interface DraftRequest {
  range?: CommitRange;
  /** The workspace folder, as a URI string; default: the only project, or a pick. */
  folder?: string;
}

interface RangePick extends vscode.QuickPickItem {
  range?: CommitRange;
  ask?: 'tag' | 'date' | 'between';
}

/**
 * Candor: Draft Client Status Update — pick a range, read the commits (cancellable progress), and open the
 * draft as an editable Markdown document. Nothing is sent anywhere. In Restricted Mode no git process starts.
 */
export class DraftStatusUpdateCommand implements Command {
  readonly id = Commands.draftStatusUpdate;

  constructor(
    private readonly store: ProjectStore,
    private readonly drafts: Drafts,
    private readonly log: Logger,
  ) {}

  async execute(request: DraftRequest = {}): Promise<vscode.TextDocument | undefined> {
    if (!vscode.workspace.isTrusted) {
      const manage = vscode.l10n.t('Manage Workspace Trust');
      void vscode.window
        .showWarningMessage(
          vscode.l10n.t(
            'Drafting reads the commits with git, which Candor never runs in Restricted Mode. Trust this workspace to draft a status update.',
          ),
          manage,
        )
        .then(async (answer) => {
          if (answer === manage) await vscode.commands.executeCommand('workbench.trust.manage');
        });
      return undefined;
    }
    const project = await pickProject(this.store, request.folder, {
      placeHolder: vscode.l10n.t('Draft the status update of which project?'),
      invalid: (name) =>
        vscode.l10n.t('{0}/project.yaml has problems: fix them (see the Problems panel) before drafting.', name),
    });
    const loaded = project?.result;
    if (!project || !loaded?.ok) return undefined;
    const range = request.range ?? (await this.pickRange(project));
    if (!range) return undefined;
    const result = await withCancellableProgress(
      vscode.l10n.t('Candor: reading commits for the status update'),
      (signal) =>
        draftFromRepo(project.folder.uri.fsPath, loaded.value.file, range, {
          today: new Date(),
          language: draftLanguage(project.folder),
          draft: draftOptions(project.folder),
          signal,
          failureWords: GIT[uiLanguage()],
        }),
    );
    if (!result.ok) {
      if (result.state !== 'aborted')
        void vscode.window.showWarningMessage(
          vscode.l10n.t('Candor could not draft the update: {0}', oneLine(result.message)),
        );
      this.log.warn(`draft failed (${result.state}): ${result.message}`);
      return undefined;
    }
    const notes = result.notes.map((note) => wordLogNote(note, uiWords().log));
    for (const note of notes) this.log.info(`draft: ${note}`);
    // The draft holds only client text; its review is shown beside it (diagnostics, hover, Explain Draft).
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.draft.markdown });
    await vscode.window.showTextDocument(document, { preview: false });
    setContext(ContextKeys.drafted, true); // the walkthrough's step is done only once it worked
    const { warnings, explain } = result.draft;
    this.drafts.add(document, project.folder, {
      warnings,
      explain,
      explainText: renderExplain(explain, uiLanguage()),
    });
    this.offerActions(document, result.commits, warnings.length, notes);
    return document;
  }

  private offerActions(document: vscode.TextDocument, commits: number, warnings: number, notes: string[]): void {
    const save = vscode.l10n.t('Save to History');
    const copy = vscode.l10n.t('Copy');
    const explain = vscode.l10n.t('Explain');
    const summary = [
      commits === 1
        ? vscode.l10n.t('Draft from 1 commit: edit it, then save or copy it. Nothing is sent.')
        : vscode.l10n.t('Draft from {0} commits: edit it, then save or copy it. Nothing is sent.', commits),
      warnings === 0
        ? ''
        : warnings === 1
          ? vscode.l10n.t('1 point to review before sending, marked on its line of the draft (see Problems).')
          : vscode.l10n.t(
              '{0} points to review before sending, marked on their lines of the draft (see Problems).',
              warnings,
            ),
      ...notes.map(oneLine),
    ]
      .filter(Boolean)
      .join(' ');
    void vscode.window.showInformationMessage(summary, save, copy, explain).then(async (answer) => {
      if (answer === save) await vscode.commands.executeCommand(Commands.saveDraftToHistory, document.uri);
      if (answer === copy) await vscode.commands.executeCommand(Commands.copyDraftMarkdown, document.uri);
      if (answer === explain) await vscode.commands.executeCommand(Commands.explainDraft, document.uri);
    });
  }

  private async pickRange(project: ProjectState): Promise<CommitRange | undefined> {
    const folder = historyFolderOf(project.folder);
    // The last update's exact moment (the commit that added its file), so the pick starts right after it.
    const history = folder ? await readHistory(folder, new Date()) : { warnings: [] };
    for (const note of history.warnings) this.log.warn(`status history: ${wordHistoryNote(note, uiWords().history)}`);
    const last = history.last?.day;
    const picks: RangePick[] = [
      ...(history.last
        ? [{ label: vscode.l10n.t('Since the last update'), description: last, range: sinceLastUpdate(history.last) }]
        : []),
      { label: vscode.l10n.t('Last 7 days'), range: { kind: 'days', value: 7 } },
      { label: vscode.l10n.t('Last 14 days'), range: { kind: 'days', value: 14 } },
      { label: vscode.l10n.t('Since a tag…'), ask: 'tag' },
      { label: vscode.l10n.t('Since a date…'), ask: 'date' },
      { label: vscode.l10n.t('Between two dates…'), ask: 'between' },
    ];
    const picked = await vscode.window.showQuickPick(picks, {
      placeHolder: last
        ? vscode.l10n.t('Commits to draft from (last update: {0})', last)
        : vscode.l10n.t('Commits to draft from (no update saved yet)'),
    });
    if (!picked) return undefined;
    if (picked.range) return picked.range;
    if (picked.ask === 'tag') return this.pickTag(project);
    const since = await this.askDate(vscode.l10n.t('Draft from the commits since this day'));
    if (!since || picked.ask === 'date') return since;
    const until = await this.askDate(vscode.l10n.t('Up to this day (included)'));
    return until && until.kind === 'date' ? withUntil(since, { kind: 'date', value: until.value }) : undefined;
  }

  private async pickTag(project: ProjectState): Promise<CommitRange | undefined> {
    const tags = await readTags(project.folder.uri.fsPath, { words: GIT[uiLanguage()] });
    if (!tags.ok || tags.value.length === 0) {
      void vscode.window.showInformationMessage(
        tags.ok ? vscode.l10n.t('This repository has no tags.') : oneLine(tags.failure.message),
      );
      return undefined;
    }
    const picks = tags.value.map((t) => ({ label: oneLine(t.name), description: t.date?.slice(0, 10), name: t.name }));
    const tag = await vscode.window.showQuickPick(picks, { placeHolder: vscode.l10n.t('Since which tag?') });
    return tag && { kind: 'tag', value: tag.name };
  }

  private async askDate(prompt: string): Promise<CommitRange | undefined> {
    const value = await vscode.window.showInputBox({
      prompt,
      placeHolder: vscode.l10n.t('YYYY-MM-DD'),
      validateInput: (text) =>
        makeRange('date', text.trim()).ok ? undefined : vscode.l10n.t('Write a date like 2026-11-12.'),
    });
    if (value === undefined) return undefined;
    const range = makeRange('date', value.trim());
    return range.ok ? range.value : undefined;
  }
}
