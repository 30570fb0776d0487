// Loaded when "Prepare for Client Call" first runs: the command, git reading, flag analysis and the brief's
// sections stay out of the activation bundle (see src/vscode/lazy.ts).
export { PrepareForClientCallCommand } from '../vscode/commands/prepareForClientCall';
