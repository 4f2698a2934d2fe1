import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TrainerEvent } from '../../../src/contract';
import {
  exportFileName,
  metricsCsv,
  metricsJson,
} from '../../../src/extension/panel/metricsExport';
import { queuedRecord } from '../../../src/extension/runner/runFolder';

const events: TrainerEvent[] = [
  { type: 'epochStarted', epoch: 1, line: 'Epoch 1' },
  { type: 'batch', step: 1, epoch: 1, loss: 2.5, elapsed: 0.1 },
  { type: 'report', step: 1, epoch: 1, batch: 1, loss: 2.5, line: 'loss 2.5' },
  {
    type: 'epoch',
    epoch: 1,
    step: 1,
    loss: 2.4,
    valLoss: 2.2,
    valAccuracy: 0.3,
    seconds: 1,
    elapsed: 1.2,
  },
];

const record = queuedRecord(
  '20260101-000000-000-abcd',
  {
    configPath: '/c.yaml',
    configText: '',
    runsDir: '/r',
    name: 'my run',
    seed: 1,
    epochs: 1,
  },
  1,
);

describe('exporting a run', () => {
  it('writes one CSV row per point', () => {
    assert.equal(
      metricsCsv(events),
      [
        'kind,step,epoch,loss,val_loss,val_accuracy,elapsed_seconds',
        'batch,1,1,2.5,,,0.1',
        'report,1,1,2.5,,,',
        'epoch,1,1,2.4,2.2,0.3,1.2',
        '',
      ].join('\n'),
    );
  });

  it('writes JSON with the run record and every event', () => {
    const parsed = JSON.parse(metricsJson(record, events)) as {
      run: unknown;
      events: unknown;
    };

    assert.deepEqual(parsed, { run: record, events });
  });

  it('names the file after the run', () => {
    assert.equal(exportFileName(record, 'csv'), 'my-run-20260101-000000-000-abcd.csv');
  });
});
