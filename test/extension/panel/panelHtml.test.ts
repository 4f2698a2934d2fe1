import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { panelHtml } from '../../../src/extension/panel/panelHtml';
import {
  contentSecurityPolicy,
  newNonce,
} from '../../../src/extension/webviewPage/pageHtml';

const input = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'abc123',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/main.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/main.css',
};

describe('the loss panel page', () => {
  it('allows nothing by default and scripts only with the nonce', () => {
    const policy = contentSecurityPolicy(input.cspSource, input.nonce);

    assert.match(policy, /^default-src 'none'/);
    assert.match(policy, /script-src 'nonce-abc123'(;|$)/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
  });

  it('loads the bundle and its styles into an app element, with no inline script', () => {
    const html = panelHtml(input);

    assert.match(html, /<div id="app"><\/div>/);
    assert.match(html, /<script nonce="abc123" src="[^"]+main\.js"><\/script>/);
    assert.match(html, /<link rel="stylesheet" href="[^"]+main\.css"/);
    assert.doesNotMatch(html, /<script(?![^>]*src=)[^>]*>/);
    assert.match(html, /<meta property="csp-nonce" content="abc123">/);
  });

  it('leaves the stylesheet out when the bundle has none', () => {
    assert.doesNotMatch(panelHtml({ ...input, styleUri: null }), /stylesheet/);
  });

  it('makes a new nonce each time', () => {
    assert.notEqual(newNonce(), newNonce());
    assert.match(newNonce(), /^[A-Za-z0-9+/]{24}$/);
  });
});
