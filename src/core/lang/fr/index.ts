// The fr language pack: every family of words and rules, each in its file (see ../pack.ts for the contract).
export { fr as draft } from './draft';
export { fr as locale } from './locale';
export { fr as review } from './review';
export { fr as words } from './words';
export { fr as cli } from './cli';
export { fr as brief } from './brief';
export { fr as starter } from './starter';
export { fr as rules } from './rules';
export { fr as git } from './git';
export { fr as coverage } from './coverage';
