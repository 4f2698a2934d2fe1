import * as vscode from 'vscode';
import type { RunView } from '../../../../src/extension/runner/runsView';
import { eventually } from './harness';

export const EXTENSION_ID = 'trainboard.trainboard';

export interface HostState {
  panel: { open: boolean; visible: boolean };
  runs: RunView[];
}

export async function hostState(): Promise<HostState> {
  const state = await vscode.commands.executeCommand<HostState>(
    'trainboard.debug.panelState',
  );
  if (!state || !Array.isArray(state.runs)) {
    throw new Error('trainboard.debug.panelState returned no state');
  }
  return state;
}

export function configUri(fileName: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    throw new Error('The integration tests need the test workspace open');
  }
  return vscode.Uri.joinPath(folder.uri, fileName);
}

/** Waits for a run the host did not have before; `seen` collects every status it passes. */
export async function newRun(
  known: readonly string[],
  name: string,
  timeoutMs = 30_000,
): Promise<RunView> {
  return eventually(
    `a new ${name} run`,
    async () =>
      (await hostState()).runs.find(
        (run) => run.name === name && !known.includes(run.id),
      ),
    timeoutMs,
  );
}

/** Follows a run until its status is `until`, returning every status seen on the way. */
export async function followRun(
  runId: string,
  until: string,
  timeoutMs = 90_000,
): Promise<{ run: RunView; seen: string[] }> {
  const seen: string[] = [];
  const run = await eventually(
    `run ${runId} to be ${until}`,
    async () => {
      const current = (await hostState()).runs.find((each) => each.id === runId);
      if (current && seen.at(-1) !== current.status) {
        seen.push(current.status);
      }
      return current?.status === until && current;
    },
    timeoutMs,
  );
  return { run, seen };
}
