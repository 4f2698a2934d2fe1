import { spawn, fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isTrainerToHostMessage, type TrainerEvent } from '../../src/contract';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'training', 'cli.js');
export const CHILD = join(ROOT, 'dist', 'training', 'child.js');

export interface Workspace {
  dir: string;
  runsDir: string;
  configPath: string;
}

/** A scratch folder with one config file in it. */
export async function workspaceWithConfig(
  yaml: string,
  name = 'config.yaml',
): Promise<Workspace> {
  const dir = await mkdtemp(join(tmpdir(), 'trainboard-test-'));
  const configPath = join(dir, name);
  await writeFile(configPath, yaml);
  return { dir, runsDir: join(dir, 'runs'), configPath };
}

/** A short real run on the bundled sample. */
export function sampleConfig(
  overrides: { epochs?: number; trainLimit?: number; dropout?: number } = {},
) {
  return [
    'name: quick',
    'data:',
    '  dataset: mnist-sample',
    `  train_limit: ${overrides.trainLimit ?? 2000}`,
    '  test_limit: 500',
    'model:',
    `  dropout: ${overrides.dropout ?? 0.5}`,
    'training:',
    `  epochs: ${overrides.epochs ?? 2}`,
    '  log_every: 50',
    '  optimizer: {name: adam, learning_rate: 0.001}',
    '',
  ].join('\n');
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd = ROOT): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface TrainerChild {
  process: ChildProcess;
  events: TrainerEvent[];
  waitFor(predicate: (event: TrainerEvent) => boolean): Promise<TrainerEvent>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function forkTrainer(configPath: string, runsDir: string): TrainerChild {
  const child = fork(CHILD, [JSON.stringify({ configPath, runsDir })], { stdio: 'pipe' });
  const events: TrainerEvent[] = [];
  const waiters: {
    predicate: (event: TrainerEvent) => boolean;
    resolve: (e: TrainerEvent) => void;
  }[] = [];

  child.on('message', (message) => {
    if (!isTrainerToHostMessage(message)) {
      return;
    }
    for (const event of message.events) {
      events.push(event);
      for (const waiter of waiters.filter((entry) => entry.predicate(event))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(event);
      }
    }
  });

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
    (resolve) => child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    process: child,
    events,
    exited,
    waitFor: (predicate) =>
      new Promise((resolve) => {
        const found = events.find(predicate);
        if (found) {
          resolve(found);
        } else {
          waiters.push({ predicate, resolve });
        }
      }),
  };
}
