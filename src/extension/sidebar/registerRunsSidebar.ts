import * as vscode from 'vscode';
import type { Services } from '../commands/services';
import { savedRunIds } from '../compare/compareMessageGuard';
import { COMPARE_PANEL_VIEW_TYPE, ComparePanel } from '../compare/comparePanel';
import { showRunsInLossPanel } from './lossPanelLink';
import type { RunsTreeNode } from './model/runTree';
import { RunsTreeProvider } from './runsTreeProvider';
import type { Sidebar } from './sidebar';
import { registerSidebarCommands } from './sidebarCommands';
import { GROUPED_STATE_KEY, RUNS_VIEW_ID } from './sidebarIds';
import { describeRunsView, setGroupedContext } from './viewState';

function applyChecks(
  sidebar: Sidebar,
  event: vscode.TreeCheckboxChangeEvent<RunsTreeNode>,
): void {
  const { checked } = sidebar.provider;
  for (const [node, state] of event.items) {
    const isChecked = state === vscode.TreeItemCheckboxState.Checked;
    const runIds = node.kind === 'run' ? [node.runId] : node.runIds;
    runIds.forEach((runId) => checked.set(runId, isChecked));
  }
  sidebar.provider.refresh();
}

/** The Runs view in the activity bar, its commands, and the compare view it opens. */
export function registerRunsSidebar(
  context: vscode.ExtensionContext,
  services: Services,
): void {
  const grouped = context.workspaceState.get<boolean>(GROUPED_STATE_KEY, true);
  const provider = new RunsTreeProvider(services.store, grouped);
  const view = vscode.window.createTreeView(RUNS_VIEW_ID, {
    treeDataProvider: provider,
    canSelectMany: true,
    manageCheckboxStateManually: true,
    showCollapseAll: true,
  });
  const compare = new ComparePanel(
    context.extensionUri,
    services.store,
    { showInLossPanel: (runId) => showRunsInLossPanel(services.panel, [runId]) },
    services.log,
  );
  const sidebar: Sidebar = {
    services,
    provider,
    view,
    compare,
    workspaceState: context.workspaceState,
  };

  setGroupedContext(grouped);
  context.subscriptions.push(
    provider,
    view,
    compare,
    provider.onDidRebuild((tree) => describeRunsView(sidebar, tree)),
    view.onDidChangeCheckboxState((event) => applyChecks(sidebar, event)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => provider.refresh()),
    ...registerSidebarCommands(sidebar),
    vscode.window.registerWebviewPanelSerializer(COMPARE_PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state: unknown) =>
        compare.attach(panel, savedRunIds(state)),
    }),
  );
}
