import * as vscode from 'vscode';
import { COMMANDS } from '../commands/commandIds';
import { rerunRun, stopRun } from '../commands/runCommands';
import { showUnexpectedError } from '../log/errorMessages';
import { defaultRunsDir } from '../../training/run';
import { pickWorkspaceConfig } from './configPicker';
import { pickRunFilter } from './filterPicker';
import { showRunsInLossPanel } from './lossPanelLink';
import { runsToCompare } from './model/compareSelection';
import { isRunNode, isTreeNode, targetNodes } from './model/nodeArgs';
import { NO_FILTER } from './model/runFilter';
import type { RunsTreeNode } from './model/runTree';
import { reloadRuns } from './reloadRuns';
import { deleteRuns, openOriginalConfig, openSnapshot, promptRename } from './runActions';
import { GROUPED_STATE_KEY, SIDEBAR_COMMANDS } from './sidebarIds';
import type { Sidebar } from './sidebar';
import { setGroupedContext } from './viewState';

type Handler = (clicked?: unknown, selected?: unknown) => unknown;

function nodesOf(sidebar: Sidebar, clicked: unknown, selected: unknown): RunsTreeNode[] {
  return targetNodes(clicked, selected, sidebar.view.selection);
}

function runIdOf(sidebar: Sidebar, clicked: unknown): string | undefined {
  const node = isTreeNode(clicked) ? clicked : sidebar.view.selection[0];
  return isRunNode(node) ? node.runId : undefined;
}

async function trainConfig(clicked: unknown): Promise<void> {
  const uri =
    isTreeNode(clicked) && clicked.kind === 'config'
      ? vscode.Uri.file(clicked.configPath)
      : await pickWorkspaceConfig();
  if (uri) {
    await vscode.commands.executeCommand(COMMANDS.trainConfig, uri);
  }
}

async function compareRuns(sidebar: Sidebar, clicked: unknown, selected: unknown) {
  const { provider } = sidebar;
  const runIds = runsToCompare({
    checked: provider.checked.inOrder(provider.orderedRunIds()),
    selected: nodesOf(sidebar, clicked, selected),
  });
  if (runIds.length < 2) {
    await vscode.window.showInformationMessage(
      'Check two or more runs in the Runs view to compare them.',
    );
    return;
  }
  sidebar.compare.show(runIds);
}

async function refresh(sidebar: Sidebar): Promise<void> {
  const { store, runner, log } = sidebar.services;
  const folders = vscode.workspace.workspaceFolders ?? [];
  const runsDirs = [
    ...folders.map((folder) => defaultRunsDir(folder.uri.fsPath)),
    ...store.list().map((run) => run.runsDir),
  ];

  try {
    const result = await reloadRuns(store, runsDirs, (runId) => runner.isActive(runId));
    log.info(`[runs] refreshed: ${result.loaded} loaded, ${result.removed} gone`);
  } catch (error) {
    await showUnexpectedError(log, 'Could not refresh the runs.', error);
  }
  sidebar.provider.refresh();
}

async function filter(sidebar: Sidebar): Promise<void> {
  const next = await pickRunFilter(sidebar.provider.currentFilter);
  if (next) {
    sidebar.provider.setFilter(next);
  }
}

function setGrouped(sidebar: Sidebar, grouped: boolean): void {
  sidebar.provider.setGrouped(grouped);
  setGroupedContext(grouped);
  void sidebar.workspaceState.update(GROUPED_STATE_KEY, grouped);
}

function openConfig(sidebar: Sidebar, clicked: unknown): Promise<void> | undefined {
  const node = isTreeNode(clicked) ? clicked : sidebar.view.selection[0];
  if (node?.kind === 'config') {
    return openOriginalConfig(node.configPath, sidebar.services.store);
  }
  const run = node ? sidebar.services.store.get(node.runId) : undefined;
  return (
    run &&
    openOriginalConfig(run.record.configPath, sidebar.services.store, run.record.id)
  );
}

function handlers(sidebar: Sidebar): Record<string, Handler> {
  const { services } = sidebar;
  const onRun =
    (action: (runId: string) => unknown): Handler =>
    (clicked) => {
      const runId = runIdOf(sidebar, clicked);
      return runId === undefined ? undefined : action(runId);
    };

  return {
    [SIDEBAR_COMMANDS.compareRuns]: (clicked, selected) =>
      compareRuns(sidebar, clicked, selected),
    [SIDEBAR_COMMANDS.trainConfig]: (clicked) => trainConfig(clicked),
    [SIDEBAR_COMMANDS.refresh]: () => refresh(sidebar),
    [SIDEBAR_COMMANDS.filter]: () => filter(sidebar),
    [SIDEBAR_COMMANDS.clearFilter]: () => sidebar.provider.setFilter(NO_FILTER),
    [SIDEBAR_COMMANDS.showFlat]: () => setGrouped(sidebar, false),
    [SIDEBAR_COMMANDS.showGrouped]: () => setGrouped(sidebar, true),
    [SIDEBAR_COMMANDS.showInLossPanel]: onRun((runId) =>
      showRunsInLossPanel(services.panel, [runId]),
    ),
    [SIDEBAR_COMMANDS.rerun]: onRun((runId) => rerunRun(services, runId)),
    [SIDEBAR_COMMANDS.stop]: onRun((runId) => stopRun(services, runId)),
    [SIDEBAR_COMMANDS.openSnapshot]: onRun((runId) =>
      openSnapshot(services.store, runId),
    ),
    [SIDEBAR_COMMANDS.openConfig]: (clicked) => openConfig(sidebar, clicked),
    [SIDEBAR_COMMANDS.rename]: onRun((runId) =>
      promptRename(services.store, services.log, runId),
    ),
    [SIDEBAR_COMMANDS.delete]: (clicked, selected) =>
      deleteRuns(
        services.store,
        services.log,
        nodesOf(sidebar, clicked, selected).flatMap((node) =>
          node.kind === 'run' ? [node.runId] : node.runIds,
        ),
      ),
  };
}

export function registerSidebarCommands(sidebar: Sidebar): vscode.Disposable[] {
  return Object.entries(handlers(sidebar)).map(([id, handler]) =>
    vscode.commands.registerCommand(id, handler),
  );
}
