// Loaded once the first project is read: the cadence labels come with the drafting phrases of four languages,
// which the activation bundle does without (see src/vscode/lazy.ts).
export { nextUpdate } from '../core/cadence';
