import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

/** 4.100.3 is the last code-server whose `engines.node` is 20 (VS Code 1.100.3). */
export const CODE_SERVER_VERSION = '4.100.3';

/** The ripgrep build that code-server's `@vscode/ripgrep` fetches at install time. */
export const RIPGREP_PACKAGE_VERSION = '1.15.11';
export const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export const CACHE_DIR =
  process.env['TRAINBOARD_E2E_CACHE'] ?? join(ROOT, '.cache', 'e2e');
export const CODE_SERVER_DIR = join(CACHE_DIR, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_PACKAGE = join(CODE_SERVER_DIR, 'node_modules', 'code-server');
export const CODE_SERVER_ENTRY = join(CODE_SERVER_PACKAGE, 'out', 'node', 'entry.js');
export const VSCODE_SERVER_MAIN = join(
  CODE_SERVER_PACKAGE,
  'lib',
  'vscode',
  'out',
  'server-main.js',
);

export const VSIX = join(ROOT, 'trainboard.vsix');
export const ARTIFACTS_DIR = join(ROOT, 'test-artifacts');
export const DOCS_IMAGES_DIR = join(ROOT, 'docs', 'images');
export const FIXTURE_WORKSPACE = join(ROOT, 'test', 'e2e', 'workspace');
export const EXAMPLES = join(ROOT, 'examples');

export const CHROMIUM = process.env['TRAINBOARD_E2E_CHROMIUM'] ?? '/usr/bin/chromium';
