import { contentSecurityPolicy } from '../panel/panelHtml';

export interface CompareHtmlInput {
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string | null;
}

/** The compare view's page: the loss panel's policy, its own bundle and title. */
export function compareHtml(input: CompareHtmlInput): string {
  const { cspSource, nonce, scriptUri, styleUri } = input;
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
    <title>Compare runs</title>${stylesheet}
  </head>
  <body>
    <div id="app"></div>
    <script nonce="${nonce}" src="${scriptUri}"></script>
  </body>
</html>
`;
}
