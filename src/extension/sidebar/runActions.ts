import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import * as vscode from 'vscode';
import { isFinalStatus } from '../../contract/runRecord';
import { runPaths } from '../../training/run';
import { showUnexpectedError } from '../log/errorMessages';
import type { RunStore } from '../runner/runStore';
import { renameRun, runNameProblem } from './renameRun';

const OPEN_SNAPSHOT = 'Open snapshot';
const DELETE = 'Delete';

/** Opens the exact config the run trained from, read-only so the snapshot stays exact. */
export async function openSnapshot(store: RunStore, runId: string): Promise<void> {
  const run = store.get(runId);
  if (!run) {
    return;
  }

  const uri = vscode.Uri.file(runPaths(run.runsDir, runId).config);
  await vscode.window.showTextDocument(uri, { preview: true });
  await vscode.commands
    .executeCommand('workbench.action.files.setActiveEditorReadonlyInSession')
    .then(undefined, () => undefined);
}

export async function openOriginalConfig(
  configPath: string,
  store: RunStore,
  runId?: string,
) {
  if (existsSync(configPath)) {
    await vscode.window.showTextDocument(vscode.Uri.file(configPath));
    return;
  }

  const choice = await vscode.window.showWarningMessage(
    `${basename(configPath)} is gone; the run folder still holds its snapshot.`,
    ...(runId ? [OPEN_SNAPSHOT] : []),
  );
  if (choice === OPEN_SNAPSHOT && runId) {
    await openSnapshot(store, runId);
  }
}

export async function promptRename(
  store: RunStore,
  log: vscode.LogOutputChannel,
  runId: string,
): Promise<void> {
  const run = store.get(runId);
  if (!run) {
    return;
  }
  if (!isFinalStatus(run.record.status)) {
    await vscode.window.showInformationMessage('Rename a run once it has ended.');
    return;
  }

  const name = await vscode.window.showInputBox({
    title: 'Rename run',
    value: run.record.name,
    validateInput: runNameProblem,
  });
  if (name === undefined || name.trim() === run.record.name) {
    return;
  }

  try {
    await renameRun(store, runId, name);
    log.info(`[runs] renamed run ${runId} to ${name.trim()}`);
  } catch (error) {
    await showUnexpectedError(log, `Could not rename ${run.record.name}.`, error);
  }
}

function deleteQuestion(names: readonly string[]): string {
  return names.length === 1
    ? `Delete the run "${names[0]}"?`
    : `Delete ${names.length} runs?`;
}

/** Moves ended runs' folders to the trash after asking; active runs are left alone. */
export async function deleteRuns(
  store: RunStore,
  log: vscode.LogOutputChannel,
  runIds: readonly string[],
): Promise<void> {
  const runs = runIds.flatMap((runId) => store.get(runId) ?? []);
  const ended = runs.filter((run) => isFinalStatus(run.record.status));
  if (ended.length === 0) {
    await vscode.window.showInformationMessage('Stop a run before deleting it.');
    return;
  }

  const choice = await vscode.window.showWarningMessage(
    deleteQuestion(ended.map((run) => run.record.name)),
    {
      modal: true,
      detail: 'The run folders, with their metrics and models, go to the trash.',
    },
    DELETE,
  );
  if (choice !== DELETE) {
    return;
  }

  for (const run of ended) {
    const { id } = run.record;
    try {
      const folder = vscode.Uri.file(runPaths(run.runsDir, id).dir);
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: true });
      store.remove(id);
      log.info(`[runs] deleted run ${id}`);
    } catch (error) {
      await showUnexpectedError(log, `Could not delete ${run.record.name}.`, error);
      return;
    }
  }
}
