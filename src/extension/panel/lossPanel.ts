import * as vscode from 'vscode';
import type { RunStore } from '../runner/runStore';
import { bundleAssets } from '../webviewPage/bundleAssets';
import type { PanelActions } from './panelActions';
import { panelHtml } from './panelHtml';
import { checkPanelMessage } from './panelMessageGuard';
import { PanelRelay } from './panelRelay';
import { resetMessage } from './panelSnapshot';
import { feedRelayFromStore } from './storeFeed';

export const LOSS_PANEL_VIEW_TYPE = 'trainboard.lossPanel';

/** The one loss panel: the host owns its state and replays it whenever the webview starts. */
export class LossPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | null = null;
  private relay: PanelRelay | null = null;
  private readonly panelDisposables: vscode.Disposable[] = [];
  private readonly webviewRoot: vscode.Uri;
  private readonly iconPath: vscode.Uri;
  private selection: string[] = [];

  constructor(
    extensionUri: vscode.Uri,
    private readonly store: RunStore,
    private readonly actions: PanelActions,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.webviewRoot = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    this.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'loss-panel.svg');
  }

  get isOpen(): boolean {
    return this.panel !== null;
  }

  get isVisible(): boolean {
    return this.panel?.visible ?? false;
  }

  show(preserveFocus = false): void {
    if (this.panel) {
      this.panel.reveal(undefined, preserveFocus);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      LOSS_PANEL_VIEW_TYPE,
      'Loss panel',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus },
      this.webviewOptions(),
    );
    this.attach(panel);
  }

  /** Takes over a panel, new or restored by the serializer after a window reload. */
  attach(panel: vscode.WebviewPanel): void {
    this.detach();
    this.panel = panel;
    panel.webview.options = this.webviewOptions();
    panel.iconPath = this.iconPath;

    const relay = new PanelRelay({
      post: (message) => void panel.webview.postMessage(message),
      buildReset: () => resetMessage(this.store),
      selection: () => this.selection.filter((runId) => this.store.has(runId)),
    });
    this.relay = relay;

    this.panelDisposables.push(
      feedRelayFromStore(this.store, relay),
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      panel.onDidChangeViewState(({ webviewPanel }) =>
        webviewPanel.visible ? relay.connect() : relay.disconnect(),
      ),
      panel.onDidDispose(() => this.detach()),
    );
    panel.webview.html = panelHtml(bundleAssets(panel.webview, this.webviewRoot, 'main'));
  }

  /** Shows the panel with these runs highlighted, now and after any reload. */
  select(runIds: string[]): void {
    this.selection = [...runIds];
    this.show();
    this.relay?.select(this.selection);
  }

  dispose(): void {
    const panel = this.panel;
    this.detach();
    panel?.dispose();
  }

  private webviewOptions(): vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [this.webviewRoot] };
  }

  private receive(value: unknown): void {
    const result = checkPanelMessage(value, (runId) => this.store.has(runId));
    if (!result.ok) {
      this.log.warn(`[panel] ignored ${result.reason}`);
      return;
    }

    const message = result.message;
    if (message.type === 'ready') {
      this.relay?.connect();
    } else if (message.type === 'rerun') {
      void this.actions.rerun(message.runId);
    } else if (message.type === 'stop') {
      void this.actions.stop(message.runId);
    } else {
      void this.actions.exportMetrics(message.runId, message.format);
    }
  }

  private detach(): void {
    this.relay?.dispose();
    this.relay = null;
    this.panel = null;
    for (const disposable of this.panelDisposables.splice(0)) {
      disposable.dispose();
    }
  }
}
