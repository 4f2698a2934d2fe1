import { dirname } from 'node:path';
import * as vscode from 'vscode';
import type { ConfigNode, RunNode } from './model/runTree';
import {
  CONFIG_CONTEXT_VALUE,
  configDescription,
  runContextValue,
  runDescription,
  statusIcon,
} from './model/runPresentation';
import type { SidebarRun } from './model/sidebarRun';

function checkbox(checked: boolean): vscode.TreeItemCheckboxState {
  return checked
    ? vscode.TreeItemCheckboxState.Checked
    : vscode.TreeItemCheckboxState.Unchecked;
}

export function runTreeItem(node: RunNode, run: SidebarRun, checked: boolean) {
  const { record } = run;
  const item = new vscode.TreeItem(record.name, vscode.TreeItemCollapsibleState.None);
  const icon = statusIcon(record.status);

  item.id = node.id;
  item.description = runDescription(run);
  item.iconPath = new vscode.ThemeIcon(
    icon.id,
    icon.color ? new vscode.ThemeColor(icon.color) : undefined,
  );
  item.contextValue = runContextValue(record.status);
  item.checkboxState = checkbox(checked);
  item.accessibilityInformation = {
    label: `${record.name}, ${record.status}, ${item.description}`,
  };
  return item;
}

function configFolder(configPath: string): string {
  const relative = vscode.workspace.asRelativePath(configPath, false);
  const folder = dirname(relative);
  return folder === '.' ? '' : folder;
}

export function configTreeItem(node: ConfigNode, allChecked: boolean) {
  const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);

  item.id = node.id;
  item.resourceUri = vscode.Uri.file(node.configPath);
  item.iconPath = vscode.ThemeIcon.File;
  item.description = configDescription(node.runIds.length, configFolder(node.configPath));
  item.tooltip = node.configPath;
  item.contextValue = CONFIG_CONTEXT_VALUE;
  item.checkboxState = checkbox(allChecked);
  return item;
}
