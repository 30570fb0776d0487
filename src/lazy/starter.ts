// Loaded only when "Create project.yaml" runs: the starter texts in four languages would otherwise weigh on
// every activation (see src/vscode/lazy.ts).
export { starterProject } from '../core/starter';
