// Loaded when a draft is first asked for: the Draft and Save Draft commands, git reading and drafting stay out of the activation
// bundle (see src/vscode/lazy.ts).
export { DraftStatusUpdateCommand } from '../vscode/commands/draftStatusUpdate';
export { readMailmap } from '../node/git/repoInfo';
export { SaveDraftToHistoryCommand } from '../vscode/commands/saveDraftToHistory';
export { markdownToPlainText } from '../core/draft/plainText';
