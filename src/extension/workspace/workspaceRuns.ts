import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';
import { defaultRunsDir } from '../../training/run';
import { markInterruptedRuns } from '../runner/interruptedRuns';
import { loadRun, loadRunsFolder } from '../runner/loadRuns';
import type { Runner } from '../runner/runner';
import type { RunStore } from '../runner/runStore';

const RELOAD_DELAY_MS = 1000;

/**
 * Keeps the store in step with the `.trainboard/runs` folder of every workspace folder:
 * loads what is there at start-up and follows runs written by other processes, such as
 * the command-line trainer.
 */
export class WorkspaceRuns implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly reloads = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly store: RunStore,
    private readonly runner: Runner,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        added.forEach((folder) => void this.openFolder(folder));
        removed.forEach((folder) => this.closeFolder(folder));
      }),
    );
  }

  async openAll(): Promise<void> {
    await Promise.all(
      (vscode.workspace.workspaceFolders ?? []).map((f) => this.openFolder(f)),
    );
  }

  dispose(): void {
    this.reloads.forEach((timer) => clearTimeout(timer));
    this.disposables.forEach((disposable) => disposable.dispose());
  }

  private async openFolder(folder: vscode.WorkspaceFolder): Promise<void> {
    const runsDir = defaultRunsDir(folder.uri.fsPath);
    try {
      const interrupted = await markInterruptedRuns(runsDir);
      interrupted.forEach((record) =>
        this.log.info(`[runs] marked run ${record.id} interrupted: its process is gone`),
      );
      const count = await loadRunsFolder(this.store, runsDir);
      this.log.info(`[runs] loaded ${count} runs from ${runsDir}`);
    } catch (error) {
      this.log.error(`[runs] could not load ${runsDir}: ${(error as Error).message}`);
    }
    this.watch(folder, runsDir);
  }

  private closeFolder(folder: vscode.WorkspaceFolder): void {
    const runsDir = defaultRunsDir(folder.uri.fsPath);
    this.store
      .list()
      .filter((run) => run.runsDir === runsDir && !this.runner.isActive(run.record.id))
      .forEach((run) => this.store.remove(run.record.id));
  }

  private watch(folder: vscode.WorkspaceFolder, runsDir: string): void {
    const pattern = new vscode.RelativePattern(
      folder,
      '.trainboard/runs/*/{run.json,metrics.jsonl}',
    );
    const watcher = vscode.workspace.createFileSystemWatcher(pattern);
    const onFile = (uri: vscode.Uri): void => this.scheduleReload(runsDir, uri);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(onFile),
      watcher.onDidChange(onFile),
    );
  }

  private scheduleReload(runsDir: string, file: vscode.Uri): void {
    const runId = basename(dirname(file.fsPath));
    if (this.runner.owns(runId) || this.reloads.has(runId)) {
      return;
    }
    this.reloads.set(
      runId,
      setTimeout(() => {
        this.reloads.delete(runId);
        loadRun(this.store, runsDir, runId).catch(() => undefined);
      }, RELOAD_DELAY_MS),
    );
  }
}
