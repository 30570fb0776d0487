// Loaded when a draft is first asked for: git reading and drafting stay out of the activation bundle
// (see src/vscode/lazy.ts).
export { draftFromRepo } from '../node/statusDraft';
export { readMailmap, readTags } from '../node/git/repoInfo';
export { saveToHistory } from '../node/statusHistory';
export { readHistory } from '../node/lastUpdate';
export { markdownToPlainText } from '../core/draft/plainText';
export { renderExplain } from '../core/draft/explain';
