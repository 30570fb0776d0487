// Loaded once the tree first shows a project or a reminder is drafted: the comparison with project.yaml at the last
// update reads git, which the activation bundle does without (see src/vscode/lazy.ts).
export { readSinceView } from '../node/sinceUpdate';
export { briefWordsFor, sinceOutline } from '../core/brief';
export { draftReminder } from '../core/reminder';
