// Composition root: builds the adapters, registers them and returns. No I/O here (activation budget: 5 ms):
// the first load of project.yaml and the red-flag analysis start on the next tick.
import * as vscode from 'vscode';
import type { OutlineNode } from './core/outline';
import type * as AfterPaint from './lazy/afterPaint';
import type * as Brief from './lazy/brief';
import type * as Call from './lazy/call';
import type * as Draft from './lazy/draft';
import type * as Edit from './lazy/edit';
import type * as Starter from './lazy/starter';
import type { Command } from './vscode/commands/command';
import { BuildClientPageCommand } from './vscode/commands/buildClientPage';
import { CopyDraftCommand } from './vscode/commands/copyDraft';
import { CopyReminderCommand } from './vscode/commands/copyReminder';
import { ExplainDraftCommand } from './vscode/commands/explainDraft';
import { LazyCommand } from './vscode/commands/lazyCommand';
import { OpenClientPageInBrowserCommand } from './vscode/commands/openClientPageInBrowser';
import { OpenInProjectFileCommand, OpenLocationCommand } from './vscode/commands/openLocation';
import { RefreshCommand } from './vscode/commands/refresh';
import { RevealClientPageFolderCommand } from './vscode/commands/revealClientPageFolder';
import { ShowLogCommand } from './vscode/commands/showLog';
import { ToggleUncoveredLinesCommand } from './vscode/commands/toggleUncoveredLines';
import { Commands, ContextKeys, EDIT_COMMANDS } from './vscode/constants';
import { contextValue, setContext } from './vscode/contextKeys';
import { MarkAsRedFlagActions } from './vscode/commands/edit/markAsRedFlagActions';
import { ProjectDiagnostics } from './vscode/diagnostics';
import { Drafts } from './vscode/draft/drafts';
import { FlagDecorations } from './vscode/flags/flagDecorations';
import { FlagDiagnostics } from './vscode/flags/flagDiagnostics';
import { FlagStore } from './vscode/flags/flagStore';
import { loadLazy } from './vscode/lazy';
import { ChannelLogger } from './vscode/logger';
import { ProjectCompletion } from './vscode/projectCompletion';
import { ProjectStore } from './vscode/projectStore';
import { ProjectTree } from './vscode/projectTree';
import { SinceStore } from './vscode/sinceStore';
import { ClientPage } from './vscode/report/clientPage';
import { UpdateReminder } from './vscode/statusBar';
import { uiWords } from './vscode/uiWords';

/** What Candor exports to other extensions and to its integration tests: the tree's rows as plain data. */
export interface CandorApi {
  outline(): Promise<OutlineNode[]>;
  /** Resolves when the red-flag analysis in progress has finished. */
  flagsSettled(): Promise<void>;
  /** The status-bar reminder's text once brought up to date. */
  reminderText(): Promise<string>;
  /** The value Candor last gave a `when`-clause context key (candor.state, the walkthrough's keys). */
  context(key: string): unknown;
  /** Resolves when the comparison with the last update in progress has finished. */
  sinceSettled(): Promise<void>;
}

export function activate(context: vscode.ExtensionContext): CandorApi {
  const logger = new ChannelLogger();
  const store = new ProjectStore(logger.for('store'));
  const tree = new ProjectTree(store);
  const flags = new FlagStore(store, logger.for('flags'));
  const since = new SinceStore(store, logger.for('since'));
  const decorations = new FlagDecorations(flags, context.extensionUri);
  const drafts = new Drafts();
  const reminder = new UpdateReminder(store);
  const clientPage = new ClientPage(store, logger.for('page'));
  // A flag state exists once the afterPaint bundle has analysed the project: reading it there loads nothing new.
  const afterPaint = () => loadLazy<typeof AfterPaint>('afterPaint');
  tree.setFlagDetails((key) => {
    const state = flags.get(key);
    return state && afterPaint().flagDetails(key, state.analysis.flags, uiWords().flags);
  });
  tree.setSinceSection((key) => since.section(key));
  let edits: Command[] | undefined;
  const editCommand = (id: string): Command => {
    edits ??= loadLazy<typeof Edit>('edit').editCommands(store, tree, logger.for('edit'));
    const command = edits.find((c) => c.id === id);
    if (!command) throw new Error(`no edit command ${id} in the edit bundle`);
    return command;
  };
  const commands: Command[] = [
    new LazyCommand(
      Commands.createProjectFile,
      () => new (loadLazy<typeof Starter>('starter').CreateProjectFileCommand)(),
    ),
    new RefreshCommand(store),
    new LazyCommand(
      Commands.toggleChecklistItem,
      () => new (loadLazy<typeof Edit>('edit').ToggleChecklistItemCommand)(store, tree, logger.for('toggle')),
    ),
    new OpenInProjectFileCommand(),
    new OpenLocationCommand(),
    new ShowLogCommand(logger),
    new LazyCommand(Commands.goToRedFlag, () => new (afterPaint().GoToRedFlagCommand)(flags)),
    new ToggleUncoveredLinesCommand(decorations),
    new LazyCommand(
      Commands.draftStatusUpdate,
      () => new (loadLazy<typeof Draft>('draft').DraftStatusUpdateCommand)(store, drafts, logger.for('draft')),
    ),
    new LazyCommand(
      Commands.saveDraftToHistory,
      () => new (loadLazy<typeof Draft>('draft').SaveDraftToHistoryCommand)(drafts),
    ),
    new CopyDraftCommand(drafts, 'markdown'),
    new CopyDraftCommand(drafts, 'text'),
    new ExplainDraftCommand(drafts),
    new LazyCommand(
      Commands.prepareForClientCall,
      () => new (loadLazy<typeof Brief>('brief').PrepareForClientCallCommand)(store, logger.for('brief')),
    ),
    new LazyCommand(
      Commands.draftClientReminder,
      () => new (loadLazy<typeof Call>('call').DraftClientReminderCommand)(store),
    ),
    new CopyReminderCommand(),
    new BuildClientPageCommand(store, clientPage, logger.for('page')),
    new OpenClientPageInBrowserCommand(clientPage),
    new RevealClientPageFolderCommand(clientPage),
    ...EDIT_COMMANDS.map((id) => new LazyCommand(id, () => editCommand(id))),
  ];
  context.subscriptions.push(
    logger,
    store,
    tree,
    flags,
    since,
    decorations,
    drafts,
    reminder,
    clientPage,
    flags.onDidChange(() => {
      tree.invalidate();
      const marked = flags.all().some((s) => s.analysis.flags.some((link) => link.markers.length > 0));
      if (marked) setContext(ContextKeys.redFlagMarked, true);
    }),
    since.onDidChange(() => tree.invalidate()),
    new ProjectDiagnostics(store),
    new ProjectCompletion(store, flags),
    new FlagDiagnostics(flags),
    vscode.languages.registerCodeActionsProvider({ scheme: 'file' }, new MarkAsRedFlagActions(), {
      providedCodeActionKinds: [MarkAsRedFlagActions.kind],
    }),
    ...commands.map((c) => vscode.commands.registerCommand(c.id, (...args: unknown[]) => c.execute(...args))),
  );
  // Diagnostics need a first load even while the view is hidden; it runs after activation returns.
  setTimeout(() => void flags.settled(), 0);
  setTimeout(() => void since.settled(), 0);
  return {
    outline: () => tree.getChildren(),
    flagsSettled: () => flags.settled(),
    reminderText: async () => (await reminder.update(), reminder.text),
    context: contextValue,
    sinceSettled: () => since.settled(),
  };
}

export function deactivate(): void {}
