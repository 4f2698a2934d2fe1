import type * as vscode from 'vscode';
import type { Services } from '../commands/services';
import type { ComparePanel } from '../compare/comparePanel';
import type { RunsTreeNode } from './model/runTree';
import type { RunsTreeProvider } from './runsTreeProvider';

/** What the sidebar's commands work with, wired once in `registerRunsSidebar`. */
export interface Sidebar {
  services: Services;
  provider: RunsTreeProvider;
  view: vscode.TreeView<RunsTreeNode>;
  compare: ComparePanel;
  workspaceState: vscode.Memento;
}
