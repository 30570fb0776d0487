import type * as vscode from 'vscode';
import type * as Report from '../../lazy/report';
import { loadLazy } from '../lazy';
import type { Logger } from '../logger';
import type { ProjectStore } from '../projectStore';
import type { BuiltSite, ClientPagePreview } from './clientPagePreview';

/** The client page's preview, loaded with the page renderer the first time a page is built (activation stays small). */
export class ClientPage implements vscode.Disposable {
  private preview: ClientPagePreview | undefined;

  constructor(
    private readonly store: ProjectStore,
    private readonly log: Logger,
  ) {}

  /** The preview, loaded on first use. */
  open(): ClientPagePreview {
    this.preview ??= new (loadLazy<typeof Report>('report').ClientPagePreview)(this.store, this.log);
    return this.preview;
  }

  /** The site on show, if a page was built and its preview is open. */
  current(): BuiltSite | undefined {
    return this.preview?.current();
  }

  dispose(): void {
    this.preview?.dispose();
  }
}
