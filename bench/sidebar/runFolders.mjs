import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const STATUSES = [
  'completed',
  'completed',
  'completed',
  'failed',
  'stopped',
  'interrupted',
];

function pad(value, width = 2) {
  return String(value).padStart(width, '0');
}

function runId(index) {
  const date = new Date(Date.UTC(2026, 0, 1) + index * 61_000);
  const day = `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
  const time = `${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}`;
  return { id: `${day}-${time}-000-${pad(index, 4)}`, date };
}

function configText(name, dropout, epochs) {
  return [
    `name: ${name}`,
    'seed: 42',
    'data: {dataset: mnist-sample}',
    `model: {hidden: [64, 32], dropout: ${dropout}, activation: relu}`,
    `training: {epochs: ${epochs}, batch_size: 10, optimizer: {name: adam, learning_rate: 1.0e-4}, log_every: 500}`,
    '',
  ].join('\n');
}

function metricsLines(runIdText, name, epochs, stepsPerEpoch, dropout) {
  const lines = [
    JSON.stringify({
      type: 'started',
      runId: runIdText,
      name,
      backend: 'wasm',
      seed: 42,
      epochs,
      stepsPerEpoch,
      trainSize: stepsPerEpoch * 10,
      testSize: 1000,
      time: '2026-01-01T00:00:00.000Z',
    }),
  ];
  let step = 0;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    lines.push(
      JSON.stringify({ type: 'epochStarted', epoch, line: `Starting epoch ${epoch}` }),
    );
    for (let batch = 1; batch <= stepsPerEpoch; batch++) {
      step += 1;
      const loss =
        2.3 * Math.exp(-step / (stepsPerEpoch * 3)) + 0.1 * Math.random() + 0.05;
      lines.push(
        JSON.stringify({
          type: 'batch',
          step,
          epoch,
          loss: +loss.toFixed(6),
          elapsed: step / 400,
        }),
      );
    }
    const trainLoss = 2.3 * Math.exp(-epoch / 3) + 0.05;
    lines.push(
      JSON.stringify({
        type: 'epoch',
        epoch,
        step,
        loss: trainLoss,
        valLoss: trainLoss + (dropout > 0 ? 0.02 : 0.03 * epoch),
        valAccuracy: 0.9 - 0.5 * Math.exp(-epoch),
        seconds: stepsPerEpoch / 400,
        elapsed: step / 400,
      }),
    );
  }
  lines.push(
    JSON.stringify({ type: 'finished', line: 'done', seconds: step / 400, time: '' }),
  );
  return `${lines.join('\n')}\n`;
}

/**
 * Writes `count` run folders as the trainer leaves them: run.json, config.yaml and
 * metrics.jsonl, over `configs` config files, most completed, some failed or stopped.
 */
export async function writeRunFolders(runsDir, options) {
  const { count, configs, epochs, stepsPerEpoch } = options;
  for (let index = 0; index < count; index++) {
    const { id, date } = runId(index);
    const dir = join(runsDir, id);
    const configIndex = index % configs;
    const dropout = configIndex % 2 === 0 ? 0.5 : 0;
    const name = `sweep-${configIndex}-dropout-${dropout}`;
    const status = STATUSES[index % STATUSES.length];
    const seconds = (epochs * stepsPerEpoch) / 400;
    const record = {
      id,
      name,
      configPath: join(runsDir, '..', '..', 'configs', `sweep-${configIndex}.yaml`),
      status,
      pid: null,
      backend: 'wasm',
      seed: 42,
      epochs,
      versions: { trainboard: '0.1.0' },
      createdAt: date.toISOString(),
      startedAt: date.toISOString(),
      finishedAt: new Date(date.getTime() + seconds * 1000).toISOString(),
      summary: {
        steps: epochs * stepsPerEpoch,
        epochs,
        lastLoss: 0.2,
        bestLoss: 0.1,
        lastValLoss: 0.3,
        bestValLoss: 0.28,
        lastValAccuracy: 0.89,
        bestValAccuracy: 0.9,
      },
      error: status === 'failed' ? 'The trainer exited with code 1.' : null,
    };

    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'run.json'), `${JSON.stringify(record, null, 2)}\n`);
    await writeFile(join(dir, 'config.yaml'), configText(name, dropout, epochs));
    await writeFile(
      join(dir, 'metrics.jsonl'),
      metricsLines(id, name, epochs, stepsPerEpoch, dropout),
    );
  }
}
