// The en language pack: every family of words and rules, each in its file (see ../pack.ts for the contract).
export { en as draft } from './draft';
export { en as locale } from './locale';
export { en as review } from './review';
export { en as words } from './words';
export { en as cli } from './cli';
export { en as brief } from './brief';
export { en as starter } from './starter';
export { en as rules } from './rules';
export { en as git } from './git';
export { en as coverage } from './coverage';
