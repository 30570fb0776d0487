import { Commands } from '../constants';
import type { ChannelLogger } from '../logger';
import type { Command } from './command';

/** Candor: Show Log. */
export class ShowLogCommand implements Command {
  readonly id = Commands.showLog;
  constructor(private readonly logger: ChannelLogger) {}
  execute(): void {
    this.logger.show();
  }
}
