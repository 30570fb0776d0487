import { FLAG_RELOAD_DELAY_MS } from './constants';

/**
 * One background job over the workspace, run again after a quiet moment: a newer run aborts the one in progress,
 * and a failure reaches `onError` unless its run was aborted. Shared by the red-flag analysis and "since the last
 * update", which re-read on the same events.
 */
export class BackgroundRun {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: AbortController | undefined;
  private current: Promise<void> = Promise.resolve();

  constructor(
    private readonly job: (signal: AbortSignal) => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Whether a run waits for its quiet moment. */
  get scheduled(): boolean {
    return this.timer !== undefined;
  }

  /** The run in progress, or the last one. */
  get done(): Promise<void> {
    return this.current;
  }

  /** Runs after a quiet moment; a call in that moment starts it over. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.runNow(), FLAG_RELOAD_DELAY_MS);
  }

  /** Runs at once, aborting the run in progress. */
  runNow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.running?.abort();
    const controller = (this.running = new AbortController());
    this.current = this.job(controller.signal).catch((error: unknown) => {
      if (!controller.signal.aborted) this.onError(error);
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.running?.abort();
  }
}
