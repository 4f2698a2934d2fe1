import { dirname, join } from 'node:path';
import * as vscode from 'vscode';
import { readMetrics, runPaths } from '../../training/run';
import { showUnexpectedError } from '../log/errorMessages';
import { exportFileName, exportText, type ExportFormat } from '../panel/metricsExport';
import type { Services } from './services';

const FILTERS: Record<ExportFormat, Record<string, string[]>> = {
  csv: { 'CSV files': ['csv'] },
  json: { 'JSON files': ['json'] },
};

/** Writes every point of a run, read from its metrics file, to a file the user picks. */
export async function exportMetrics(
  services: Services,
  runId: string,
  format: ExportFormat,
): Promise<void> {
  const run = services.store.get(runId);
  if (!run) {
    return;
  }

  const workspaceDir = dirname(dirname(run.runsDir));
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.file(join(workspaceDir, exportFileName(run.record, format))),
    filters: FILTERS[format],
    title: `Export metrics of ${run.record.name}`,
  });
  if (!target) {
    return;
  }

  try {
    const { events } = await readMetrics(runPaths(run.runsDir, runId).metrics);
    const text = exportText(format, run.record, events);
    await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
    services.log.info(
      `[export] run ${runId}: ${events.length} events to ${target.fsPath}`,
    );
  } catch (error) {
    await showUnexpectedError(
      services.log,
      `Could not export ${run.record.name}.`,
      error,
    );
  }
}
