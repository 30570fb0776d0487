// Loaded on the first red-flag analysis, after the tree's first paint: file listing, marker search, coverage
// parsing and linking stay out of the activation bundle (see src/vscode/lazy.ts).
export { analyzeFlags } from '../node/flagAnalysis';
