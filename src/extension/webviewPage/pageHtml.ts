import { randomBytes } from 'node:crypto';

/** Where a page's bundle is, as its webview may load it, and the nonce of this load. */
export interface WebviewPageAssets {
  /** `webview.cspSource`. */
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string | null;
}

export function newNonce(): string {
  return randomBytes(18).toString('base64');
}

/**
 * Scripts run only with the nonce. Styles come from the webview's own origin, or carry
 * the nonce: the toolkit adds the nonce of the `csp-nonce` meta tag to the style
 * elements it creates, so no `'unsafe-inline'` is needed.
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

/** The page every Trainboard webview loads: an app element, its bundle and the policy. */
export function webviewPageHtml(assets: WebviewPageAssets, title: string): string {
  const { cspSource, nonce, scriptUri, styleUri } = assets;
  const stylesheet = styleUri
    ? `\n    <link rel="stylesheet" href="${styleUri}" nonce="${nonce}">`
    : '';
  const policy = contentSecurityPolicy(cspSource, nonce);

  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="Content-Security-Policy" content="${policy}">
    <meta property="csp-nonce" content="${nonce}">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>${title}</title>${stylesheet}
  </head>
  <body>
    <div id="app"></div>
    <script nonce="${nonce}" src="${scriptUri}"></script>
  </body>
</html>
`;
}
