// Loaded only when VS Code's display language is not English: the tree's words of the other languages stay out of
// the activation bundle (see src/vscode/lazy.ts and src/vscode/uiWords.ts).
export { WORDS as words } from '../core/lang/words';
