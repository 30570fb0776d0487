// The CLI's "today". Core never reads the clock; the CLI does, here only.

/**
 * Today for the CLI: the clock, or noon (local time) of `CANDOR_TODAY=YYYY-MM-DD`, a hidden hook that makes a run
 * reproducible on any date (tests, bug reports). A malformed value is an error, never silently the clock.
 */
export function cliToday(env: NodeJS.ProcessEnv = process.env): Date {
  const fixed = env.CANDOR_TODAY;
  if (fixed === undefined || fixed === '') return new Date();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(fixed);
  const day = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12) : undefined;
  if (!day || day.getDate() !== Number(match![3]) || day.getMonth() !== Number(match![2]) - 1) {
    throw new Error(`CANDOR_TODAY must be a date YYYY-MM-DD, not "${fixed}"`);
  }
  return day;
}
