import * as vscode from 'vscode';
import { registerCommands } from './commands/registerCommands';
import { exportMetrics } from './commands/exportMetrics';
import { rerunRun, stopRun } from './commands/runCommands';
import type { Services } from './commands/services';
import { ConfigDiagnostics } from './diagnostics/configDiagnostics';
import { createOutputLog, runnerLogFor } from './log/outputLog';
import { notifyRunEnded } from './notifications/runNotifications';
import { LOSS_PANEL_VIEW_TYPE, LossPanel } from './panel/lossPanel';
import { Runner } from './runner/runner';
import { RunStore } from './runner/runStore';
import { MAX_PARALLEL_RUNS_SETTING, maxParallelRuns } from './settings/maxParallelRuns';
import { registerRunsSidebar } from './sidebar/registerRunsSidebar';
import { RunStatusBar } from './statusBar/runStatusBar';
import { WorkspaceRuns } from './workspace/workspaceRuns';

let runner: Runner | null = null;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const log = createOutputLog();
  const store = new RunStore();

  runner = new Runner(store, {
    trainerPath: context.asAbsolutePath('dist/training/child.js'),
    maxParallelRuns: maxParallelRuns(),
    log: runnerLogFor(log),
  });
  const services: Services = {
    store,
    runner,
    log,
    diagnostics: new ConfigDiagnostics(),
    panel: new LossPanel(
      context.extensionUri,
      store,
      {
        rerun: (runId) => rerunRun(services, runId),
        stop: (runId) => stopRun(services, runId),
        exportMetrics: (runId, format) => exportMetrics(services, runId, format),
      },
      log,
    ),
  };
  const workspaceRuns = new WorkspaceRuns(store, runner, log);

  context.subscriptions.push(
    log,
    services.diagnostics,
    services.panel,
    workspaceRuns,
    new RunStatusBar(store),
    ...registerCommands(services),
    runner.onDidEndRun((ended) => void notifyRunEnded(log, ended)),
    vscode.window.registerWebviewPanelSerializer(LOSS_PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => services.panel.attach(panel),
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(MAX_PARALLEL_RUNS_SETTING)) {
        runner?.setMaxParallelRuns(maxParallelRuns());
      }
    }),
    { dispose: () => store.dispose() },
  );
  registerRunsSidebar(context, services);

  await workspaceRuns.openAll();
}

/** Closing the window stops every trainer; their runs end as `stopped`. */
export async function deactivate(): Promise<void> {
  await runner?.dispose();
  runner = null;
}
