import * as vscode from 'vscode';
import type { StoredRun } from '../runner/runStore';

interface RunItem extends vscode.QuickPickItem {
  runId: string;
}

/** The run named by a caller, or one the user picks from `candidates`, newest first. */
export async function pickRun(
  runId: unknown,
  candidates: readonly StoredRun[],
  placeHolder: string,
): Promise<string | undefined> {
  if (typeof runId === 'string') {
    return runId;
  }

  const items: RunItem[] = [...candidates].reverse().map((run) => ({
    runId: run.record.id,
    label: run.record.name,
    description: run.record.status,
    detail: run.record.id,
  }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder });
  return picked?.runId;
}
