import * as vscode from 'vscode';

const MANAGE_TRUST = 'Manage workspace trust';

/** Training runs code chosen by the workspace's configs, so it needs a trusted workspace. */
export async function ensureTrusted(): Promise<boolean> {
  if (vscode.workspace.isTrusted) {
    return true;
  }
  const choice = await vscode.window.showWarningMessage(
    'Training needs a trusted workspace.',
    MANAGE_TRUST,
  );
  if (choice === MANAGE_TRUST) {
    await vscode.commands.executeCommand('workbench.trust.manage');
  }
  return false;
}
