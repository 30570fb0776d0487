import type { ProjectFile } from '../model/schema';
import type { OutlineNode } from '../outline';

/**
 * A row's `contextValue`, which package.json's menus match: the row's kind, and for the rows the tree acts on
 * the state that decides which actions apply (`clientTask.blocked`, `redFlag.open.unmitigated`,
 * `section.client_tasks`). Other rows keep their kind alone (`checklistItem`).
 */
export function contextValueOf(node: OutlineNode, file: ProjectFile | undefined): string {
  const id = node.id.slice(node.id.lastIndexOf('/') + 1);
  switch (node.kind) {
    case 'section':
      return `section.${id}`;
    case 'clientTask':
      return withState(node.kind, file?.client_tasks.find((t) => t.id === id)?.status);
    case 'decision':
      return withState(node.kind, file?.decisions.find((d) => d.id === id)?.status);
    case 'milestone':
      return withState(node.kind, file?.milestones.find((m) => m.id === id)?.status);
    case 'redFlag': {
      const flag = file?.red_flags.find((f) => f.id === id);
      return flag ? `redFlag.${flag.status}${flag.mitigation ? '' : '.unmitigated'}` : node.kind;
    }
    default:
      return node.kind;
  }
}

const withState = (kind: string, state: string | undefined) => (state ? `${kind}.${state}` : kind);
