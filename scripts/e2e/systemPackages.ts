import { spawnSync } from 'node:child_process';
import { log } from './steps';

/**
 * Debian packages the suite needs: the browser it drives, ripgrep for code-server's
 * search (its installer would otherwise download it), and the toolchain and headers
 * that code-server's native modules (node-pty, kerberos) compile with.
 */
export const APT_PACKAGES = [
  'chromium',
  'ripgrep',
  'g++',
  'make',
  'python3',
  'pkg-config',
  'libkrb5-dev',
] as const;

function isInstalled(name: string): boolean {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], {
    encoding: 'utf8',
  });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
  }
}

/** Installs the missing packages with apt when running as root, or says which are missing. */
export function ensureSystemPackages(): void {
  const missing = APT_PACKAGES.filter((name) => !isInstalled(name));
  if (missing.length === 0) {
    return;
  }

  if (process.getuid?.() !== 0) {
    throw new Error(`Install these Debian packages first: ${missing.join(' ')}`);
  }
  log(`installing with apt: ${missing.join(' ')}`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing]);
}
