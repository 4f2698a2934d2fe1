import { spawn, type SpawnOptions } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { log } from './steps';

export interface ProcessGroup {
  name: string;
  pgid: number;
  exited: Promise<number | null>;
}

const live = new Map<number, ProcessGroup>();

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // The group is already gone.
  }
}

/**
 * Starts a command as the leader of a new process group (setsid), with its output in a
 * log file, so that it and everything it starts can be stopped together by group id.
 */
export function startGroup(
  name: string,
  command: string,
  args: readonly string[],
  options: SpawnOptions & { logFile: string },
): ProcessGroup {
  const out = createWriteStream(options.logFile, { flags: 'a' });
  const child = spawn(command, args, {
    ...options,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  if (child.pid === undefined) {
    throw new Error(`Could not start ${name} (${command})`);
  }

  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.on('error', () => resolve(null));
  });
  const group: ProcessGroup = { name, pgid: child.pid, exited };
  live.set(group.pgid, group);
  log(`started ${name}: process group ${group.pgid}`);
  return group;
}

/** Stops a group: SIGTERM, then SIGKILL for whatever is left after the grace period. */
export async function stopGroup(group: ProcessGroup, graceMs = 5000): Promise<void> {
  live.delete(group.pgid);
  signalGroup(group.pgid, 'SIGTERM');

  const deadline = Date.now() + graceMs;
  while (groupAlive(group.pgid) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (groupAlive(group.pgid)) {
    signalGroup(group.pgid, 'SIGKILL');
  }
  log(`stopped ${group.name} (process group ${group.pgid})`);
}

export async function stopAllGroups(): Promise<void> {
  await Promise.all([...live.values()].map((group) => stopGroup(group)));
}

let handlersInstalled = false;

/** On Ctrl+C, a CI timeout or a crash, kills every group this process started. */
export function stopGroupsOnExit(): void {
  if (handlersInstalled) {
    return;
  }
  handlersInstalled = true;

  const killNow = () => {
    for (const group of live.values()) {
      signalGroup(group.pgid, 'SIGKILL');
    }
    live.clear();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killNow();
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  }
  process.once('exit', killNow);
}
