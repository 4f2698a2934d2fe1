import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../helpers/trainerProcess';

export interface TrainedFolder {
  dir: string;
  runsDir: string;
  configPath(name: string): string;
  remove(): Promise<void>;
}

/** A tiny config on the bundled sample: 300 images, 2 epochs, a report every 10 steps. */
export function tinyConfigText(name: string, dropout: number): string {
  return [
    `name: ${name}`,
    'data: {dataset: mnist-sample, train_limit: 300, test_limit: 100}',
    `model: {dropout: ${dropout}}`,
    'training: {epochs: 2, log_every: 10}',
    '',
  ].join('\n');
}

/**
 * Trains each config once with the real command-line trainer into one runs folder,
 * one after the other so their ids sort in the order given.
 */
export async function trainWithCli(
  configs: readonly { file: string; text: string }[],
): Promise<TrainedFolder> {
  const dir = await mkdtemp(join(tmpdir(), 'trainboard-sidebar-'));
  const runsDir = join(dir, '.trainboard', 'runs');

  for (const config of configs) {
    const path = join(dir, config.file);
    await writeFile(path, config.text);
    const result = await runCli(['train', path, '--runs-dir', runsDir]);
    if (result.code !== 0) {
      throw new Error(`trainboard train ${config.file} failed: ${result.stderr}`);
    }
  }

  return {
    dir,
    runsDir,
    configPath: (name) => join(dir, name),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
