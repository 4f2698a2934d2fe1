import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';
import { validateConfigText } from '../../training/config';
import { defaultRunsDir } from '../../training/run';
import { showUnexpectedError } from '../log/errorMessages';
import type { Services } from './services';
import { ensureTrusted } from './workspaceTrust';

const SHOW_PROBLEMS = 'Show problems';

function runsDirFor(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return defaultRunsDir(folder ? folder.uri.fsPath : dirname(uri.fsPath));
}

async function saveIfDirty(uri: vscode.Uri): Promise<void> {
  const document = vscode.workspace.textDocuments.find(
    (candidate) => candidate.uri.toString() === uri.toString(),
  );
  if (document?.isDirty) {
    await document.save();
  }
}

async function showProblems(fileName: string, count: number): Promise<void> {
  const problems = count === 1 ? '1 problem' : `${count} problems`;
  const choice = await vscode.window.showErrorMessage(
    `${fileName} has ${problems}; fix them to train it.`,
    SHOW_PROBLEMS,
  );
  if (choice === SHOW_PROBLEMS) {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  }
}

async function trainFile(services: Services, uri: vscode.Uri): Promise<void> {
  await saveIfDirty(uri);
  const configPath = uri.fsPath;
  const configText = await readFile(configPath, 'utf8');

  const { config, issues } = validateConfigText(configText, configPath);
  services.diagnostics.publish(uri, issues);
  if (!config) {
    const errors = issues.filter((issue) => issue.severity === 'error').length;
    await showProblems(basename(configPath), errors);
    return;
  }

  const record = await services.runner.start({
    configPath,
    configText,
    runsDir: runsDirFor(uri),
    name: config.name,
    seed: config.seed,
    epochs: config.training.epochs,
  });
  services.log.info(`[command] queued run ${record.id} of ${configPath}`);
  services.panel.show(true);
}

function targetsOf(uri: unknown, selected: unknown): vscode.Uri[] {
  if (Array.isArray(selected) && selected.every((item) => item instanceof vscode.Uri)) {
    return selected as vscode.Uri[];
  }
  if (uri instanceof vscode.Uri) {
    return [uri];
  }
  const active = vscode.window.activeTextEditor?.document;
  return active ? [active.uri] : [];
}

/** Train config: from a menu with the clicked file(s), from the palette with the editor's. */
export async function trainConfig(
  services: Services,
  uri?: unknown,
  selected?: unknown,
): Promise<void> {
  if (!(await ensureTrusted())) {
    return;
  }

  const targets = targetsOf(uri, selected);
  if (targets.length === 0 || targets.some((target) => target.scheme !== 'file')) {
    await vscode.window.showInformationMessage(
      'Open a YAML config file on disk to train it.',
    );
    return;
  }

  for (const target of targets) {
    try {
      await trainFile(services, target);
    } catch (error) {
      await showUnexpectedError(
        services.log,
        `Could not start ${basename(target.fsPath)}.`,
        error,
      );
    }
  }
}
