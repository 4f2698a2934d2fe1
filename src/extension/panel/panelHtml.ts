import { randomBytes } from 'node:crypto';

export interface PanelHtmlInput {
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

export function panelHtml(input: PanelHtmlInput): string {
  const { cspSource, nonce, scriptUri, styleUri } = input;
  const stylesheet = styleUri
    ? `\n    <link rel="stylesheet" href="${styleUri}" nonce="${nonce}">`
    : '';

  return `<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(cspSource, nonce)}">
    <meta property="csp-nonce" content="${nonce}">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Loss panel</title>${stylesheet}
  </head>
  <body>
    <div id="app"></div>
    <script nonce="${nonce}" src="${scriptUri}"></script>
  </body>
</html>
`;
}
