import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { newNonce, type WebviewPageAssets } from './pageHtml';

/** The built `<bundle>.js` in the webview folder, and its stylesheet if esbuild wrote one. */
export function bundleAssets(
  webview: vscode.Webview,
  webviewRoot: vscode.Uri,
  bundle: string,
): WebviewPageAssets {
  const script = vscode.Uri.joinPath(webviewRoot, `${bundle}.js`);
  const style = vscode.Uri.joinPath(webviewRoot, `${bundle}.css`);

  return {
    cspSource: webview.cspSource,
    nonce: newNonce(),
    scriptUri: webview.asWebviewUri(script).toString(),
    styleUri: existsSync(style.fsPath) ? webview.asWebviewUri(style).toString() : null,
  };
}
