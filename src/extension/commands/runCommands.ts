import * as vscode from 'vscode';
import { isFinalStatus } from '../../contract';
import { showUnexpectedError } from '../log/errorMessages';
import { pickRun } from './pickRun';
import type { Services } from './services';
import { ensureTrusted } from './workspaceTrust';

export async function rerunRun(services: Services, runId?: unknown): Promise<void> {
  if (!(await ensureTrusted())) {
    return;
  }
  const id = await pickRun(runId, services.store.list(), 'Pick a run to rerun');
  if (!id) {
    return;
  }
  if (!services.store.has(id)) {
    await vscode.window.showErrorMessage(`There is no run ${id}.`);
    return;
  }

  try {
    const record = await services.runner.rerun(id);
    services.log.info(`[command] queued run ${record.id} as a rerun of ${id}`);
    services.panel.show(true);
  } catch (error) {
    await showUnexpectedError(services.log, `Could not rerun ${id}.`, error);
  }
}

export async function stopRun(services: Services, runId?: unknown): Promise<void> {
  const active = services.store.list().filter((run) => !isFinalStatus(run.record.status));
  if (runId === undefined && active.length === 0) {
    await vscode.window.showInformationMessage('No run is active.');
    return;
  }

  const id = await pickRun(runId, active, 'Pick a run to stop');
  if (id && services.runner.isActive(id)) {
    await services.runner.stop(id);
  }
}
