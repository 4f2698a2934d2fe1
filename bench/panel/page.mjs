import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

export const ORIGIN = 'http://trainboard.bench';
const NONCE = 'benchnonce';

/** The same strict policy the extension gives the webview: no inline code, no eval. */
const CSP = [
  "default-src 'none'",
  `script-src 'nonce-${NONCE}'`,
  `style-src ${ORIGIN} 'nonce-${NONCE}'`,
  `img-src ${ORIGIN} data:`,
  `font-src ${ORIGIN}`,
].join('; ');

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' };

function indexHtml(theme) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta property="csp-nonce" content="${NONCE}">
<link rel="stylesheet" href="${ORIGIN}/bench/panel/theme.css">
<link rel="stylesheet" href="${ORIGIN}/dist/webview/main.css">
</head>
<body class="vscode-${theme}">
<div id="app"></div>
<script nonce="${NONCE}" src="${ORIGIN}/bench/panel/stub.js"></script>
<script nonce="${NONCE}" src="${ORIGIN}/dist/webview/main.js"></script>
</body>
</html>`;
}

/** Serves the page and the built bundle from the repository, under the strict CSP. */
export async function routePanelPage(page, root, theme = 'dark') {
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const headers = { 'content-security-policy': CSP };
    if (path === '/' || path === '/index.html') {
      await route.fulfill({ body: indexHtml(theme), contentType: 'text/html', headers });
      return;
    }
    try {
      const body = await readFile(join(root, path));
      await route.fulfill({
        body,
        contentType: TYPES[extname(path)] ?? 'text/plain',
        headers,
      });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
}
