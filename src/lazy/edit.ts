// Loaded when a tree action (a checklist tick, a task's status, a decision's outcome, a milestone's date, a red
// flag…) first runs: the edit commands and their YAML editing stay out of the activation bundle (see
// src/vscode/lazy.ts).
export { editCommands } from '../vscode/commands/edit';
export { canMarkIn } from '../core/edits/marker';
export { ToggleChecklistItemCommand } from '../vscode/commands/toggleChecklistItem';
