// Loaded when the client page is first built: the page renderer, markdown-it and the preview stay out of the
// activation bundle (see src/vscode/lazy.ts and src/vscode/report/clientPage.ts).
export { ClientPagePreview } from '../vscode/report/clientPagePreview';
