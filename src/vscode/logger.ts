import * as vscode from 'vscode';

/** The extension's one log, with a `[component]` prefix per caller. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** A `LogOutputChannel` named Candor, shared by every component. */
export class ChannelLogger implements vscode.Disposable {
  readonly channel = vscode.window.createOutputChannel('Candor', { log: true });

  for(component: string): Logger {
    const prefix = `[${component}]`;
    return {
      info: (m) => this.channel.info(`${prefix} ${m}`),
      warn: (m) => this.channel.warn(`${prefix} ${m}`),
      error: (m, e) =>
        this.channel.error(
          `${prefix} ${m}${e === undefined ? '' : `: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`}`,
        ),
    };
  }

  show(): void {
    this.channel.show(true);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
