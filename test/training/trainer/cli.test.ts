import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { TrainerEvent } from '../../../src/contract';
import { readMetrics, readRunRecord } from '../../../src/training/run';
import { runCli, sampleConfig, workspaceWithConfig } from '../../helpers/trainerProcess';

async function onlyRunDir(runsDir: string): Promise<string> {
  const entries = await readdir(runsDir);
  assert.equal(
    entries.length,
    1,
    `expected one run in ${runsDir}, found ${entries.join(', ')}`,
  );
  return join(runsDir, entries[0]!);
}

function typesInOrder(events: TrainerEvent[]): string {
  return events
    .map((event) => event.type)
    .filter((type, index, all) => type !== all[index - 1])
    .join(' ');
}

describe('trainboard train (the CLI)', () => {
  it('trains a short real run and writes the whole run folder', async () => {
    const workspace = await workspaceWithConfig(sampleConfig());
    const result = await runCli([
      'train',
      workspace.configPath,
      '--runs-dir',
      workspace.runsDir,
    ]);
    assert.equal(result.code, 0, result.stderr);

    assert.match(result.stdout, /^Starting epoch 1$/m);
    assert.match(result.stdout, /^Loss after mini-batch {4}50: \d\.\d{3}$/m);
    assert.match(result.stdout, /^Training process has finished\.$/m);
    assert.match(result.stderr, /backend wasm/);

    const runDir = await onlyRunDir(workspace.runsDir);
    const configBytes = await readFile(join(runDir, 'config.yaml'), 'utf8');
    assert.equal(configBytes, sampleConfig());
    assert.ok(existsSync(join(runDir, 'model', 'model.json')));
    assert.ok(existsSync(join(runDir, 'model', 'weights.bin')));

    const record = await readRunRecord(runDir);
    assert.equal(record.status, 'completed');
    assert.equal(record.backend, 'wasm');
    assert.equal(record.pid, null);
    assert.equal(record.summary.steps, 400);

    const { events, skippedLines } = await readMetrics(join(runDir, 'metrics.jsonl'));
    assert.equal(skippedLines, 0);
    const epochTypes = `epochStarted ${'batch report '.repeat(4)}epoch`;
    assert.equal(typesInOrder(events), `started ${epochTypes} ${epochTypes} finished`);

    const steps = events.flatMap((event) => (event.type === 'batch' ? [event.step] : []));
    assert.deepEqual(
      steps,
      Array.from({ length: 400 }, (_, index) => index + 1),
    );

    const epochs = events.filter((event) => event.type === 'epoch');
    assert.equal(epochs.length, 2);
    const last = epochs[1]!;
    assert.ok(
      last.valAccuracy > 0.5,
      `accuracy ${last.valAccuracy} should be well above chance`,
    );
    assert.ok(last.valLoss < epochs[0]!.valLoss, 'validation loss should fall');
  });

  it('gives the same losses for the same config and seed', async () => {
    const config = sampleConfig({ epochs: 1, trainLimit: 1000 });
    const first = await workspaceWithConfig(config);
    const second = await workspaceWithConfig(config);
    for (const workspace of [first, second]) {
      const result = await runCli([
        'train',
        workspace.configPath,
        '--runs-dir',
        workspace.runsDir,
      ]);
      assert.equal(result.code, 0, result.stderr);
    }

    const losses = async (runsDir: string) => {
      const { events } = await readMetrics(
        join(await onlyRunDir(runsDir), 'metrics.jsonl'),
      );
      return events.flatMap((event) => (event.type === 'batch' ? [event.loss] : []));
    };
    const firstLosses = await losses(first.runsDir);
    assert.equal(firstLosses.length, 100);
    assert.deepEqual(await losses(second.runsDir), firstLosses);
  });

  it('refuses a config with a typo, naming file, line and the fix, and starts no run', async () => {
    const workspace = await workspaceWithConfig(
      'training:\n  epochs: 2\n  batchsize: 10\n',
    );
    const result = await runCli([
      'train',
      workspace.configPath,
      '--runs-dir',
      workspace.runsDir,
    ]);

    assert.equal(result.code, 1);
    assert.ok(result.stderr.includes(`${workspace.configPath}:3:3`), result.stderr);
    assert.match(result.stderr, /batch_size/);
    assert.equal(existsSync(workspace.runsDir), false);
  });

  it('fails clearly when the dataset files are missing and download is off', async () => {
    const workspace = await workspaceWithConfig(
      'data:\n  dataset: mnist\n  dir: nothing-here\n  download: false\n',
    );
    const result = await runCli([
      'train',
      workspace.configPath,
      '--runs-dir',
      workspace.runsDir,
    ]);

    assert.equal(result.code, 1);
    assert.match(result.stderr, /train-images-idx3-ubyte/);
    assert.ok(result.stderr.includes(join(workspace.dir, 'nothing-here')), result.stderr);

    const record = await readRunRecord(await onlyRunDir(workspace.runsDir));
    assert.equal(record.status, 'failed');
    assert.match(record.error ?? '', /train-images-idx3-ubyte/);
  });

  it('prints usage for a missing config argument', async () => {
    const result = await runCli(['train']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /usage: trainboard train <config.yaml>/);
  });
});
