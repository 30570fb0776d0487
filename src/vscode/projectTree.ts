import * as vscode from 'vscode';
import { isoDay } from '../core/dates';
import { contextValueOf } from '../core/edits/contextValue';
import { buildOutline, type FlagDetails, type OutlineIcon, type OutlineNode } from '../core/outline';
import { Commands, ContextKeys, PROJECT_VIEW } from './constants';
import { setContext } from './contextKeys';
import { uiWords } from './uiWords';
import { Disposable } from './disposable';
import type { ProjectStore } from './projectStore';

const ICONS: Record<OutlineIcon, vscode.ThemeIcon | undefined> = {
  project: new vscode.ThemeIcon('briefcase'),
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  info: new vscode.ThemeIcon('info'),
  phase: new vscode.ThemeIcon('checklist'),
  task: new vscode.ThemeIcon('circle-large-outline'),
  overdue: new vscode.ThemeIcon('clock', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  done: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  blocked: new vscode.ThemeIcon('circle-slash'),
  'flag-critical': new vscode.ThemeIcon('flame', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  'flag-high': new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  'flag-medium': new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  'flag-low': new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
  milestone: new vscode.ThemeIcon('milestone'),
  decision: new vscode.ThemeIcon('question'),
  file: vscode.ThemeIcon.File,
  none: undefined,
};

/**
 * The Candor view: one root per workspace folder with a project.yaml, drawn from the store's snapshot.
 * It never reads files itself; it rebuilds its outline when the store changes.
 */
export class ProjectTree extends Disposable implements vscode.TreeDataProvider<OutlineNode> {
  private readonly changed = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<OutlineNode>;
  private roots: OutlineNode[] | undefined;
  private parents = new Map<string, OutlineNode>();
  private flagDetails: ((folderKey: string) => FlagDetails | undefined) | undefined;
  private sinceSection: ((folderKey: string) => OutlineNode | undefined) | undefined;

  constructor(private readonly store: ProjectStore) {
    super();
    this.view = this.register(
      vscode.window.createTreeView(PROJECT_VIEW, { treeDataProvider: this, showCollapseAll: true }),
    );
    // The state key drives the welcome views and the walkthrough: it follows the store, shown or not.
    this.register(store.onDidChange(() => (this.updateStateKey(), this.invalidate())));
    this.register(
      this.view.onDidChangeCheckboxState((e) => {
        for (const [node] of e.items) void vscode.commands.executeCommand(Commands.toggleChecklistItem, node);
      }),
    );
  }

  /** Lets the red-flag analysis add rows under each flag. */
  setFlagDetails(provider: (folderKey: string) => FlagDetails | undefined): void {
    this.flagDetails = provider;
    this.invalidate();
  }

  /** Lets the comparison with the last update add its section to each project. */
  setSinceSection(provider: (folderKey: string) => OutlineNode | undefined): void {
    this.sinceSection = provider;
    this.invalidate();
  }

  invalidate(): void {
    this.roots = undefined;
    this.changed.fire();
  }

  async getChildren(element?: OutlineNode): Promise<OutlineNode[]> {
    if (element) return element.children;
    await this.store.ready();
    this.roots ??= this.buildRoots();
    return this.roots;
  }

  getParent(element: OutlineNode): OutlineNode | undefined {
    return this.parents.get(element.id);
  }

  /** The row with this id in the current outline, for `reveal`. */
  find(id: string): OutlineNode | undefined {
    const search = (nodes: readonly OutlineNode[]): OutlineNode | undefined => {
      for (const n of nodes) {
        if (n.id === id) return n;
        const hit = search(n.children);
        if (hit) return hit;
      }
      return undefined;
    };
    return search(this.roots ?? []);
  }

  getTreeItem(node: OutlineNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, collapsibleState(node));
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    // A row of the last readable file is greyed and offers no action (its contextValue matches no menu).
    item.iconPath = node.stale ? greyed(ICONS[node.icon]) : ICONS[node.icon];
    const state = this.store.get(this.folderOf(node));
    item.contextValue = node.stale
      ? 'stale'
      : contextValueOf(node, state?.result.ok ? state.result.value.file : undefined);
    if (node.checked !== undefined) {
      item.checkboxState = node.checked ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked;
      item.accessibilityInformation = {
        label: node.checked ? vscode.l10n.t('{0}, done', node.label) : vscode.l10n.t('{0}, not done', node.label),
        role: 'checkbox',
      };
    }
    item.command = this.commandFor(node);
    return item;
  }

  /** The workspace folder (as a URI string) a row belongs to: its root's id. */
  folderOf(node: OutlineNode): string {
    let root = node;
    for (let p = this.parents.get(root.id); p; p = this.parents.get(p.id)) root = p;
    return root.id;
  }

  private commandFor(node: OutlineNode): vscode.Command | undefined {
    const folder = this.folderOf(node);
    if (node.location)
      return { command: Commands.openLocation, title: vscode.l10n.t('Open'), arguments: [folder, node.location] };
    if (node.line !== undefined)
      return {
        command: Commands.openInProjectFile,
        title: vscode.l10n.t('Open in project.yaml'),
        arguments: [folder, node.line],
      };
    return undefined;
  }

  private updateStateKey(): void {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const projects = this.store.projects().length;
    setContext(ContextKeys.state, folders.length === 0 ? 'noWorkspace' : projects === 0 ? 'noProject' : 'ready');
  }

  private buildRoots(): OutlineNode[] {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const projects = this.store.projects();
    this.updateStateKey();
    const today = isoDay(new Date());
    const words = uiWords();
    const roots = projects.map((p) => {
      const key = p.folder.uri.toString();
      const outline = buildOutline(key, p.result, today, this.flagDetails?.(key), words, p.lastGood);
      const since = p.result.ok ? this.sinceSection?.(key) : undefined;
      return {
        ...outline,
        children: since ? [...outline.children, since] : outline.children,
        description: folders.length > 1 ? `${p.folder.name} · ${outline.description ?? ''}` : outline.description,
      };
    });
    this.parents = new Map();
    const index = (node: OutlineNode) => node.children.forEach((c) => (this.parents.set(c.id, node), index(c)));
    roots.forEach(index);
    return roots;
  }
}

const GREY = new vscode.ThemeColor('disabledForeground');
function greyed(icon: vscode.ThemeIcon | undefined): vscode.ThemeIcon | undefined {
  return icon && icon !== vscode.ThemeIcon.File ? new vscode.ThemeIcon(icon.id, GREY) : icon;
}

function collapsibleState(node: OutlineNode): vscode.TreeItemCollapsibleState {
  if (node.children.length === 0) return vscode.TreeItemCollapsibleState.None;
  const open = node.expanded ?? ['project', 'section', 'problems'].includes(node.kind);
  return open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed;
}
