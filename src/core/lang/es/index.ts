// The es language pack: every family of words and rules, each in its file (see ../pack.ts for the contract).
export { es as draft } from './draft';
export { es as locale } from './locale';
export { es as review } from './review';
export { es as words } from './words';
export { es as cli } from './cli';
export { es as brief } from './brief';
export { es as starter } from './starter';
export { es as rules } from './rules';
export { es as git } from './git';
export { es as coverage } from './coverage';
