import { Commands } from '../constants';
import type { ProjectStore } from '../projectStore';
import type { Command } from './command';

/** Candor: Refresh — reloads every project.yaml now. */
export class RefreshCommand implements Command {
  readonly id = Commands.refresh;
  constructor(private readonly store: ProjectStore) {}
  execute(): Promise<void> {
    return this.store.reloadAll();
  }
}
