// Loaded when "Draft Client Reminder" first runs: the command and the reminder's wording in four languages stay out
// of the activation bundle (see src/vscode/lazy.ts).
export { DraftClientReminderCommand } from '../vscode/commands/draftClientReminder';
