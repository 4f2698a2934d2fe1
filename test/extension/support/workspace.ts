import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunPlan } from '../../../src/extension/runner/runFolder';

export const TRAINER_PATH = join(__dirname, '../../../dist/training/child.js');

export interface TempWorkspace {
  dir: string;
  runsDir: string;
  remove(): Promise<void>;
}

export async function tempWorkspace(): Promise<TempWorkspace> {
  const dir = await mkdtemp(join(tmpdir(), 'trainboard-extension-'));
  return {
    dir,
    runsDir: join(dir, '.trainboard', 'runs'),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export function tinyConfig(name: string, epochs = 1, extra = ''): string {
  return [
    `name: ${name}`,
    'data:',
    '  dataset: mnist-sample',
    '  train_limit: 200',
    '  test_limit: 100',
    'training:',
    `  epochs: ${epochs}`,
    '  log_every: 5',
    extra,
    '',
  ].join('\n');
}

export async function writeConfig(
  workspace: TempWorkspace,
  fileName: string,
  text: string,
): Promise<RunPlan> {
  const configPath = join(workspace.dir, fileName);
  await writeFile(configPath, text);
  return {
    configPath,
    configText: text,
    runsDir: workspace.runsDir,
    name: fileName.replace(/\.ya?ml$/, ''),
    seed: 42,
    epochs: 1,
  };
}

export async function waitFor(
  condition: () => boolean,
  what: string,
  timeoutMs = 20000,
): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(`Timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
