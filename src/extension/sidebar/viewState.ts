import * as vscode from 'vscode';
import { describeFilter, isFilterActive } from './model/runFilter';
import type { RunTree } from './model/runTree';
import { SIDEBAR_CONTEXT } from './sidebarIds';
import type { Sidebar } from './sidebar';

function setContext(key: string, value: boolean): void {
  void vscode.commands.executeCommand('setContext', key, value);
}

function viewMessage(tree: RunTree, filtered: boolean): string | undefined {
  if (filtered && tree.shown === 0 && tree.total > 0) {
    return 'No run matches the filter.';
  }
  if (!vscode.workspace.isTrusted && tree.total > 0) {
    return 'Training is off until you trust this workspace; past runs still show.';
  }
  return undefined;
}

/** The view's title shows the filter and the checked count; a message if none match. */
export function describeRunsView(sidebar: Sidebar, tree: RunTree): void {
  const { provider, view } = sidebar;
  const filter = provider.currentFilter;
  const checked = provider.checked.size;
  const parts = [describeFilter(filter), checked > 0 ? `${checked} checked` : ''];

  view.description = parts.filter((part) => part !== '').join(' · ') || undefined;
  view.message = viewMessage(tree, isFilterActive(filter));
  setContext(SIDEBAR_CONTEXT.filtered, isFilterActive(filter));
}

export function setGroupedContext(grouped: boolean): void {
  setContext(SIDEBAR_CONTEXT.flat, !grouped);
}
