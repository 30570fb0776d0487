// Loaded when completion or hover is first asked for in project.yaml: what fits where in the format (core/edit)
// stays out of the activation bundle, while the providers are registered at start (see src/vscode/lazy.ts).
export { completionsAt, hoverAt } from '../core/edit/complete';
