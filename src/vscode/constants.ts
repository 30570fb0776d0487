/** Every id the manifest and the code share, declared once. A test checks package.json against these. */
export const VIEW_CONTAINER = 'candor';
export const PROJECT_VIEW = 'candor.project';
export const PROJECT_FILE = 'project.yaml';

export const Commands = {
  createProjectFile: 'candor.createProjectFile',
  refresh: 'candor.refresh',
  toggleChecklistItem: 'candor.toggleChecklistItem',
  openInProjectFile: 'candor.openInProjectFile',
  openLocation: 'candor.openLocation',
  showLog: 'candor.showLog',
  goToRedFlag: 'candor.goToRedFlag',
  toggleUncoveredLines: 'candor.toggleUncoveredLines',
  draftStatusUpdate: 'candor.draftStatusUpdate',
  saveDraftToHistory: 'candor.saveDraftToHistory',
  copyDraftMarkdown: 'candor.copyDraftMarkdown',
  copyDraftText: 'candor.copyDraftText',
  explainDraft: 'candor.explainDraft',
  prepareForClientCall: 'candor.prepareForClientCall',
  buildClientPage: 'candor.buildClientPage',
  openClientPageInBrowser: 'candor.openClientPageInBrowser',
  revealClientPageFolder: 'candor.revealClientPageFolder',
  draftClientReminder: 'candor.draftClientReminder',
  copyReminder: 'candor.copyReminder',
  markTaskDone: 'candor.markTaskDone',
  markTaskBlocked: 'candor.markTaskBlocked',
  reopenTask: 'candor.reopenTask',
  setTaskDue: 'candor.setTaskDue',
  recordDecision: 'candor.recordDecision',
  setMilestoneStatus: 'candor.setMilestoneStatus',
  moveMilestone: 'candor.moveMilestone',
  setFlagStatus: 'candor.setFlagStatus',
  setFlagSeverity: 'candor.setFlagSeverity',
  writeMitigation: 'candor.writeMitigation',
  markAsRedFlag: 'candor.markAsRedFlag',
  addClientTask: 'candor.addClientTask',
  addDecision: 'candor.addDecision',
  addRedFlag: 'candor.addRedFlag',
  pauseReminder: 'candor.pauseReminder',
} as const;

/** The commands that edit project.yaml from the tree or the palette: registered at start, built from the lazy
 * `edit` bundle when one first runs. */
export const EDIT_COMMANDS = [
  Commands.markTaskDone,
  Commands.markTaskBlocked,
  Commands.reopenTask,
  Commands.setTaskDue,
  Commands.recordDecision,
  Commands.setMilestoneStatus,
  Commands.moveMilestone,
  Commands.setFlagStatus,
  Commands.setFlagSeverity,
  Commands.writeMitigation,
  Commands.markAsRedFlag,
  Commands.addClientTask,
  Commands.addDecision,
  Commands.addRedFlag,
  Commands.pauseReminder,
] as const;

/** The client page's preview (a webview panel); `activeWebviewPanelId` shows its title buttons. */
export const CLIENT_PAGE_VIEW = 'candor.clientPage';

/** Context keys read by `when` clauses in package.json. */
export const ContextKeys = {
  /** 'noWorkspace' | 'noProject' | 'ready': which welcome content the view shows. */
  state: 'candor.state',
  /** True while the active editor is a status draft Candor opened. */
  draftActive: 'candor.draftActive',
  /** Walkthrough: a RED-FLAG marker in code names a red flag of project.yaml. */
  redFlagMarked: 'candor.redFlagMarked',
  /** Walkthrough: a status draft was written and opened (not merely asked for). */
  drafted: 'candor.drafted',
  /** Walkthrough: a call brief was written and opened. */
  briefPrepared: 'candor.briefPrepared',
} as const;

/** Settings, under the `candor.` section. */
export const Settings = {
  language: 'language',
  coverageReports: 'coverage.reports',
  historyFolder: 'status.historyFolder',
  draftLanguage: 'status.language',
  noiseTypes: 'status.hiddenTypes',
  ticketPatterns: 'status.ticketPatterns',
  allowedHosts: 'status.allowedHosts',
  reportFolder: 'report.folder',
} as const;

/** How long edits must be quiet before project.yaml is reloaded. */
export const RELOAD_DELAY_MS = 150;

/** Red flags are re-linked after this much quiet: saves come in bursts (format on save, save all). */
export const FLAG_RELOAD_DELAY_MS = 400;
