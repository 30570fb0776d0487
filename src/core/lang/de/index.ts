// The de language pack: every family of words and rules, each in its file (see ../pack.ts for the contract).
export { de as draft } from './draft';
export { de as locale } from './locale';
export { de as review } from './review';
export { de as words } from './words';
export { de as cli } from './cli';
export { de as brief } from './brief';
export { de as starter } from './starter';
export { de as rules } from './rules';
export { de as git } from './git';
export { de as coverage } from './coverage';
