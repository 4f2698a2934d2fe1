import type { RunNode, RunsTreeNode } from './runTree';

/** Menu commands get the clicked node and the selection; the palette gives nothing. */
export function isTreeNode(value: unknown): value is RunsTreeNode {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const kind = (value as Record<string, unknown>)['kind'];
  return kind === 'run' || kind === 'config';
}

export function isRunNode(value: unknown): value is RunNode {
  return isTreeNode(value) && value.kind === 'run';
}

/**
 * The nodes a menu command acts on: the selection if it holds the clicked node. A title
 * bar button may be handed the focused node alone, so the view's own selection stands
 * in when no selection comes with it.
 */
export function targetNodes(
  clicked: unknown,
  selected: unknown,
  viewSelection: readonly RunsTreeNode[],
): RunsTreeNode[] {
  const nodes = Array.isArray(selected)
    ? selected.filter(isTreeNode)
    : [...viewSelection];
  if (isTreeNode(clicked)) {
    return nodes.some((node) => node.id === clicked.id) ? nodes : [clicked];
  }
  return [...viewSelection];
}
