import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CODE_SERVER_ENTRY, VSCODE_SERVER_MAIN } from './paths';
import { startGroup, stopGroup, type ProcessGroup } from './processGroups';
import type { Session } from './session';
import { waitFor } from './steps';

export interface Server {
  url: string;
  port: number;
  group: ProcessGroup;
  logFile: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('No free port')),
      );
    });
  });
}

export async function logTail(logFile: string, lines = 30): Promise<string> {
  if (!existsSync(logFile)) {
    return '(no log)';
  }
  return (await readFile(logFile, 'utf8')).trim().split('\n').slice(-lines).join('\n');
}

async function waitUntilServing(group: ProcessGroup, url: string, logFile: string) {
  let exitCode: number | null | undefined;
  void group.exited.then((code) => (exitCode = code));

  try {
    await waitFor(
      `${group.name} to answer on ${url}`,
      async () => {
        if (exitCode !== undefined) {
          throw new Error(`${group.name} exited with ${exitCode}`);
        }
        const response = await fetch(url);
        return response.status < 500;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
  } catch (error) {
    await stopGroup(group);
    const reason =
      exitCode !== undefined ? `${group.name} exited with ${exitCode}` : error;
    const tail = await logTail(logFile);
    throw new Error(`${String(reason)}\nLast lines of ${logFile}:\n${tail}`, {
      cause: error,
    });
  }
}

function serverFor(port: number, group: ProcessGroup, logFile: string): Server {
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    group,
    logFile,
    stop: () => stopGroup(group),
  };
}

/** code-server with the installed VSIX, opening the session's workspace. */
export async function startCodeServer(session: Session): Promise<Server> {
  const port = await freePort();
  const logFile = join(session.artifacts, 'code-server.log');
  const group = startGroup(
    'code-server',
    process.execPath,
    [
      CODE_SERVER_ENTRY,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--user-data-dir',
      session.userData,
      '--extensions-dir',
      session.extensions,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      session.workspace,
    ],
    { env: session.env, cwd: session.dir, logFile },
  );
  await waitUntilServing(group, `http://127.0.0.1:${port}/healthz`, logFile);
  return serverFor(port, group, logFile);
}

/** The plain VS Code server inside code-server, which runs extension tests. */
export async function startVscodeServer(session: Session): Promise<Server> {
  const port = await freePort();
  const logFile = join(session.artifacts, 'vscode-server.log');
  const group = startGroup(
    'vscode-server',
    process.execPath,
    [
      VSCODE_SERVER_MAIN,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--without-connection-token',
      '--accept-server-license-terms',
      '--enable-smoke-test-driver',
      '--disable-telemetry',
      '--disable-workspace-trust',
      '--server-data-dir',
      join(session.dir, 'server-data'),
      '--user-data-dir',
      session.userData,
      '--extensions-dir',
      session.extensions,
    ],
    { env: session.env, cwd: session.dir, logFile },
  );
  await waitUntilServing(group, `http://127.0.0.1:${port}/version`, logFile);
  return serverFor(port, group, logFile);
}
