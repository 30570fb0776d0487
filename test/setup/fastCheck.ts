// Loaded by mocha before every unit test file (.mocharc.json `require`): every fast-check property runs with one
// fixed seed, so the suite gives the same answer on every run. A failure prints its seed and path; set
// CANDOR_FUZZ_SEED to another number to explore further.
import fc from 'fast-check';

const seed = Number(process.env.CANDOR_FUZZ_SEED ?? 20261127);
if (!Number.isSafeInteger(seed))
  throw new Error(`CANDOR_FUZZ_SEED must be an integer, not ${process.env.CANDOR_FUZZ_SEED}`);
fc.configureGlobal({ seed });
