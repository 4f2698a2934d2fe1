import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CODE_SERVER_ENTRY, ROOT, VSIX } from './paths';
import type { Session } from './session';

function run(command: string, args: string[], env: NodeJS.ProcessEnv): string {
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8' });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    throw new Error(
      `${command} ${args.join(' ')} exited with ${result.status}\n${output}`,
    );
  }
  return result.stdout;
}

/** Builds trainboard.vsix with the project's own `package` script. */
export function packageVsix(): void {
  run('npm', ['run', '--silent', 'package'], process.env);
  if (!existsSync(VSIX)) {
    throw new Error(`npm run package finished, but ${VSIX} is missing`);
  }
}

export async function extensionFolderName(): Promise<string> {
  const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as {
    publisher: string;
    name: string;
    version: string;
  };
  return `${manifest.publisher}.${manifest.name}-${manifest.version}`;
}

/** Installs the VSIX into the session's extensions folder; returns where it landed. */
export async function installVsix(session: Session, extensionsDir = session.extensions) {
  if (!existsSync(VSIX)) {
    packageVsix();
  }
  run(
    process.execPath,
    [
      CODE_SERVER_ENTRY,
      '--user-data-dir',
      session.userData,
      '--extensions-dir',
      extensionsDir,
      '--install-extension',
      VSIX,
    ],
    session.env,
  );

  const folder = await extensionFolderName();
  if (!readdirSync(extensionsDir).includes(folder)) {
    throw new Error(
      `code-server installed the VSIX, but ${folder} is not in ${extensionsDir}`,
    );
  }
  return join(extensionsDir, folder);
}
