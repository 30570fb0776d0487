import type { Command } from './command';

/**
 * A command whose code is in a lazily loaded bundle (src/vscode/lazy.ts): registered at activation under its id,
 * made from its bundle when it first runs, so that activation loads none of it.
 */
export class LazyCommand implements Command {
  private command: Command | undefined;

  constructor(
    readonly id: string,
    private readonly make: () => Command,
  ) {}

  execute(...args: unknown[]): unknown {
    this.command ??= this.make();
    return this.command.execute(...args);
  }
}
