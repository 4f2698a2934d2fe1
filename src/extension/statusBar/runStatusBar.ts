import * as vscode from 'vscode';
import type { RunStore } from '../runner/runStore';
import { statusText } from './statusText';

const REFRESH_MS = 500;

/** Shows the active runs' progress; clicking it reveals the loss panel. */
export class RunStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(
    'trainboard.runs',
    vscode.StatusBarAlignment.Left,
  );
  private readonly subscription: { dispose(): void };
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly store: RunStore) {
    this.item.name = 'Trainboard runs';
    this.item.command = 'trainboard.showLossPanel';
    this.subscription = store.onDidChange(() => this.scheduleRefresh());
    this.refresh();
  }

  dispose(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.subscription.dispose();
    this.item.dispose();
  }

  private scheduleRefresh(): void {
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.refresh();
    }, REFRESH_MS);
  }

  private refresh(): void {
    const status = statusText(this.store.list());
    if (!status) {
      this.item.hide();
      return;
    }
    this.item.text = status.text;
    this.item.tooltip = status.tooltip;
    this.item.show();
  }
}
