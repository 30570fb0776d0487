// Loaded only when "Create project.yaml" runs: the command and the starter texts in four languages would
// otherwise weigh on every activation (see src/vscode/lazy.ts).
export { CreateProjectFileCommand } from '../vscode/commands/createProjectFile';
