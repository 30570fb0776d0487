// Loaded at every start, once the tree has painted (it is not a lazy bundle: activation just does not wait for
// it): the red-flag analysis (file listing, marker search, coverage parsing and linking) and the status-bar
// reminder's last update and cadence, whose labels come with the drafting phrases of four languages, and the tree's
// "Since the last update" section (project.yaml then and now, read with git); and what shows an analysis once it
// exists: the flags' rows and coverage labels, the uncovered lines, Go to Red Flag (see src/vscode/lazy.ts).
export { analyzeFlags } from '../node/flagAnalysis';
export { nextUpdate } from '../core/cadence';
export { readLastUpdate } from '../node/statusHistory';
export { readSinceView } from '../node/sinceUpdate';
export { briefWordsFor, sinceOutline } from '../core/brief';
export { coverageLabel, flagDetails } from '../core/flags/rows';
export { toMap } from '../core/coverage/types';
export { GoToRedFlagCommand } from '../vscode/commands/goToRedFlag';
export { GIT } from '../core/lang/git';
