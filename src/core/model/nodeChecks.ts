import { isAlias, isCollection, isMap, isNode, isScalar, visit, type Alias, type Document, type Node } from 'yaml';

/** More aliases than this is not a project file, and would make resolving them quadratic in the YAML library. */
export const MAX_ALIAS_NODES = 1000;

/** Nodes of a composed document that the loader refuses, each with its place. */
export interface UnusableNodes {
  /** Aliases whose anchor is not defined before them. */
  unresolved: Alias[];
  /** Keys that are lists or maps: the schema only has text keys. */
  complexKeys: Node[];
  /** A key repeated in its map (the second and later ones), with its text. */
  repeatedKeys: { node: Node; key: string }[];
  /** How many alias nodes the document holds. */
  aliases: number;
}

/**
 * One walk over the document, linear in its size: the YAML library's own checks (`uniqueKeys`, `Alias.resolve`)
 * scan the whole map or document for each key or alias, which 40,000 keys or aliases turn into minutes.
 * Document order is the order anchors apply in: an alias refers to the last anchor of its name before it.
 */
export function findUnusableNodes(doc: Document): UnusableNodes {
  const found: UnusableNodes = { unresolved: [], complexKeys: [], repeatedKeys: [], aliases: 0 };
  const anchors = new Set<string>();
  visit(doc, {
    Node(_, node) {
      if (isAlias(node)) {
        found.aliases++;
        if (!anchors.has(node.source)) found.unresolved.push(node);
      } else if (node.anchor) {
        anchors.add(node.anchor);
      }
      if (isMap(node)) checkKeys(node.items, found);
    },
  });
  return found;
}

function checkKeys(pairs: readonly { key: unknown }[], found: UnusableNodes): void {
  const seen = new Set<unknown>();
  for (const { key } of pairs) {
    if (isCollection(key)) found.complexKeys.push(key);
    const value = isScalar(key) ? key.value : isAlias(key) ? `*${key.source}` : undefined;
    if (value === undefined || !isNode(key)) continue;
    if (seen.has(value)) found.repeatedKeys.push({ node: key, key: String(value) });
    else seen.add(value);
  }
}
