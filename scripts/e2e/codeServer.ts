import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CODE_SERVER_DIR,
  CODE_SERVER_ENTRY,
  CODE_SERVER_VERSION,
  RIPGREP_PACKAGE_VERSION,
  RIPGREP_TARBALL,
  VSCODE_SERVER_MAIN,
} from './paths';
import { log } from './steps';

const MARKER = join(CODE_SERVER_DIR, 'installed.json');

async function installedVersion(): Promise<string | null> {
  try {
    const marker = JSON.parse(await readFile(MARKER, 'utf8')) as { version?: unknown };
    return typeof marker.version === 'string' ? marker.version : null;
  } catch {
    return null;
  }
}

function runOrThrow(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, {
    cwd: CODE_SERVER_DIR,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
  }
}

/** `@vscode/ripgrep` looks in this cache before downloading; Debian's rg stands in. */
async function seedRipgrepCache(tmpDir: string): Promise<void> {
  const cacheDir = join(tmpDir, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  await mkdir(cacheDir, { recursive: true });
  runOrThrow('tar', ['czf', join(cacheDir, RIPGREP_TARBALL), '-C', '/usr/bin', 'rg'], {
    ...process.env,
  });
}

/**
 * Installs code-server from npm into the cache folder, outside the project's
 * dependencies, and reuses it while the version matches.
 */
export async function ensureCodeServer(): Promise<void> {
  const version = await installedVersion();
  if (
    version === CODE_SERVER_VERSION &&
    existsSync(CODE_SERVER_ENTRY) &&
    existsSync(VSCODE_SERVER_MAIN)
  ) {
    log(`code-server ${version} found in ${CODE_SERVER_DIR}`);
    return;
  }

  await rm(CODE_SERVER_DIR, { recursive: true, force: true });
  const tmpDir = join(CODE_SERVER_DIR, 'tmp');
  await mkdir(tmpDir, { recursive: true });
  await writeFile(
    join(CODE_SERVER_DIR, 'package.json'),
    JSON.stringify({ name: 'trainboard-e2e-cache', private: true }, null, 2),
  );
  await seedRipgrepCache(tmpDir);

  log(`installing code-server ${CODE_SERVER_VERSION} (compiles native modules, ~2 min)`);
  runOrThrow(
    'npm',
    [
      'install',
      `code-server@${CODE_SERVER_VERSION}`,
      '--unsafe-perm',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      '--loglevel=error',
    ],
    // npm_config_yes lets node-pty's `npx node-gyp` step run without a prompt.
    { ...process.env, TMPDIR: tmpDir, npm_config_yes: 'true' },
  );

  if (!existsSync(CODE_SERVER_ENTRY) || !existsSync(VSCODE_SERVER_MAIN)) {
    throw new Error(`code-server installed, but ${CODE_SERVER_ENTRY} is missing`);
  }
  await rm(tmpDir, { recursive: true, force: true });
  await writeFile(MARKER, JSON.stringify({ version: CODE_SERVER_VERSION }));
}
