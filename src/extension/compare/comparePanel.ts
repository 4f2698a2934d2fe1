import * as vscode from 'vscode';
import type { HostToCompareMessage } from '../../contract/compareMessages';
import type { RunStore } from '../runner/runStore';
import { bundleAssets } from '../webviewPage/bundleAssets';
import { compareHtml } from './compareHtml';
import { checkCompareMessage } from './compareMessageGuard';
import { ComparisonLoader } from './comparisonLoader';

export const COMPARE_PANEL_VIEW_TYPE = 'trainboard.comparePanel';

/** While a compared run trains, the view is redrawn at most this often. */
const RELOAD_DELAY_MS = 2000;

export interface CompareActions {
  showInLossPanel(runId: string): void;
}

/** The one compare view: the host reads the runs' folders and sends what it draws. */
export class ComparePanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | null = null;
  private runIds: string[] = [];
  private timer: NodeJS.Timeout | null = null;
  private readonly loader = new ComparisonLoader();
  private readonly panelDisposables: vscode.Disposable[] = [];
  private readonly storeSubscription: { dispose(): void };
  private readonly webviewRoot: vscode.Uri;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly store: RunStore,
    private readonly actions: CompareActions,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.webviewRoot = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    this.storeSubscription = store.onDidChange(({ runId }) => {
      if (this.panel && this.runIds.includes(runId)) {
        this.scheduleReload();
      }
    });
  }

  show(runIds: readonly string[]): void {
    this.runIds = [...runIds];
    if (this.panel) {
      this.panel.reveal();
      void this.send();
      return;
    }

    const panel = vscode.window.createWebviewPanel(
      COMPARE_PANEL_VIEW_TYPE,
      'Compare runs',
      vscode.ViewColumn.Active,
      this.webviewOptions(),
    );
    this.attach(panel, runIds);
  }

  /** Takes over a panel, new or restored after a window reload with its saved runs. */
  attach(panel: vscode.WebviewPanel, runIds: readonly string[]): void {
    this.detach();
    this.panel = panel;
    this.runIds = [...runIds];
    panel.webview.options = this.webviewOptions();
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'compare-runs.svg');

    this.panelDisposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      panel.onDidDispose(() => this.detach()),
    );
    panel.webview.html = compareHtml(
      bundleAssets(panel.webview, this.webviewRoot, 'compare'),
    );
  }

  dispose(): void {
    const panel = this.panel;
    this.detach();
    panel?.dispose();
    this.storeSubscription.dispose();
  }

  private webviewOptions(): vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [this.webviewRoot] };
  }

  private receive(value: unknown): void {
    const result = checkCompareMessage(value, (runId) => this.runIds.includes(runId));
    if (!result.ok) {
      this.log.warn(`[compare] ignored ${result.reason}`);
      return;
    }

    if (result.message.type === 'ready') {
      void this.send();
    } else {
      this.actions.showInLossPanel(result.message.runId);
    }
  }

  private scheduleReload(): void {
    this.timer ??= setTimeout(() => {
      this.timer = null;
      void this.send();
    }, RELOAD_DELAY_MS);
  }

  private async send(): Promise<void> {
    const panel = this.panel;
    const runs = this.runIds.flatMap((runId) => this.store.get(runId) ?? []);
    const started = Date.now();

    try {
      const comparison = await this.loader.load(runs);
      const message: HostToCompareMessage = { type: 'comparison', comparison };
      if (panel && panel === this.panel) {
        await panel.webview.postMessage(message);
      }
      this.log.debug(
        `[compare] ${runs.length} runs prepared in ${Date.now() - started} ms`,
      );
    } catch (error) {
      this.log.error(`[compare] could not read the runs: ${(error as Error).message}`);
    }
  }

  private detach(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.panel = null;
    for (const disposable of this.panelDisposables.splice(0)) {
      disposable.dispose();
    }
  }
}
