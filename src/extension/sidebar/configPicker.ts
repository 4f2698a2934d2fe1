import { readFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import * as vscode from 'vscode';
import { looksLikeTrainboardConfig } from '../../training/config';

const EXCLUDED = '{**/node_modules/**,**/.trainboard/**,**/.git/**}';
const MAX_FILES = 2000;

interface ConfigItem extends vscode.QuickPickItem {
  uri: vscode.Uri;
}

async function isTrainboardConfig(uri: vscode.Uri): Promise<boolean> {
  try {
    return looksLikeTrainboardConfig(await readFile(uri.fsPath, 'utf8'));
  } catch {
    return false;
  }
}

/** The workspace's YAML files that read as Trainboard configs, by path. */
export async function findWorkspaceConfigs(): Promise<vscode.Uri[]> {
  const files = await vscode.workspace.findFiles('**/*.{yaml,yml}', EXCLUDED, MAX_FILES);
  const found = await Promise.all(files.map(isTrainboardConfig));
  return files
    .filter((_, index) => found[index])
    .sort((a, b) => a.fsPath.localeCompare(b.fsPath));
}

/** Lets the user pick one of the workspace's configs; undefined when there is none. */
export async function pickWorkspaceConfig(): Promise<vscode.Uri | undefined> {
  const configs = await findWorkspaceConfigs();
  if (configs.length === 0) {
    await vscode.window.showInformationMessage(
      'No Trainboard config in this workspace: add a YAML file with model, data and training sections.',
    );
    return undefined;
  }

  const items: ConfigItem[] = configs.map((uri) => {
    const folder = dirname(vscode.workspace.asRelativePath(uri, true));
    return {
      uri,
      label: basename(uri.fsPath),
      description: folder === '.' ? '' : folder,
    };
  });
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Train config',
    placeHolder: 'Pick a config to train',
    matchOnDescription: true,
  });
  return picked?.uri;
}
