import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = join(__dirname, '../../dist/webview');

// FAST (under the UI toolkit) looks for the global object this way only where
// globalThis is missing, which no webview is; under the CSP it would throw and be caught.
const FAST_GLOBAL_FALLBACK = 'new Function("return this")()';

describe('webview bundle', () => {
  it('is built with its stylesheet', () => {
    assert.ok(existsSync(join(dist, 'main.js')), 'run node scripts/build.mjs first');
    assert.ok(existsSync(join(dist, 'main.css')));
  });

  it('evaluates no strings as code, which the panel CSP forbids', () => {
    const bundle = readFileSync(join(dist, 'main.js'), 'utf8').replaceAll(
      FAST_GLOBAL_FALLBACK,
      '',
    );
    assert.doesNotMatch(bundle, /\beval\s*\(/);
    assert.doesNotMatch(bundle, /new\s+Function\b/);
  });

  it('uses no Node modules', () => {
    const bundle = readFileSync(join(dist, 'main.js'), 'utf8');
    assert.doesNotMatch(bundle, /require\(["'](node:|fs|path|child_process|vscode)/);
  });
});
