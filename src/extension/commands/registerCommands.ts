import * as vscode from 'vscode';
import { describeRuns } from '../runner/runsView';
import { COMMANDS } from './commandIds';
import { rerunRun, stopRun } from './runCommands';
import type { Services } from './services';
import { trainConfig } from './trainConfig';

export function registerCommands(services: Services): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(
      COMMANDS.trainConfig,
      (uri?: unknown, selected?: unknown) => trainConfig(services, uri, selected),
    ),
    vscode.commands.registerCommand(COMMANDS.showLossPanel, () => services.panel.show()),
    vscode.commands.registerCommand(COMMANDS.rerun, (runId?: unknown) =>
      rerunRun(services, runId),
    ),
    vscode.commands.registerCommand(COMMANDS.stop, (runId?: unknown) =>
      stopRun(services, runId),
    ),
    vscode.commands.registerCommand(COMMANDS.debugPanelState, () => ({
      panel: { open: services.panel.isOpen, visible: services.panel.isVisible },
      runs: describeRuns(services.store),
    })),
  ];
}
