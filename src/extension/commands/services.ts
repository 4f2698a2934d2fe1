import type * as vscode from 'vscode';
import type { ConfigDiagnostics } from '../diagnostics/configDiagnostics';
import type { LossPanel } from '../panel/lossPanel';
import type { Runner } from '../runner/runner';
import type { RunStore } from '../runner/runStore';

/** What the commands work with, wired once in `activate`. */
export interface Services {
  store: RunStore;
  runner: Runner;
  panel: LossPanel;
  diagnostics: ConfigDiagnostics;
  log: vscode.LogOutputChannel;
}
