import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  escapeMarkdown,
  runTooltipMarkdown,
} from '../../../src/extension/sidebar/model/runTooltip';
import { sidebarRun } from './fixtures';

const config = {
  'data.dataset': 'mnist-sample',
  'model.hidden': '[64, 32]',
  'model.dropout': 0.5,
  'training.epochs': 20,
  'training.batch_size': 10,
  'training.optimizer.name': 'adam',
  'training.optimizer.learning_rate': 0.0001,
};

const run = sidebarRun({
  id: 'r1',
  name: 'drop *half*',
  createdAt: '2026-01-01T10:00:00Z',
  startedAt: '2026-01-01T10:00:01Z',
  finishedAt: '2026-01-01T10:02:01Z',
  backend: 'tensorflow',
});

describe('the run tooltip', () => {
  it('names the config main values, the backend and the times', () => {
    const markdown = runTooltipMarkdown(run, config, (iso) => iso.slice(11, 19));

    for (const line of [
      '| dataset | mnist\\-sample |',
      '| hidden | \\[64, 32\\] |',
      '| dropout | 0\\.5 |',
      '| epochs | 20 |',
      '| batch size | 10 |',
      '| learning rate | 0\\.0001 |',
      '| backend | tensorflow |',
      '| started | 10:00:01 |',
      '| duration | 2m 00s |',
    ]) {
      assert.ok(markdown.includes(line), `${line} in\n${markdown}`);
    }
  });

  it('escapes the run name so it cannot format the tooltip', () => {
    const markdown = runTooltipMarkdown(run, config);

    assert.ok(markdown.startsWith('**drop \\*half\\*** · completed'));
    assert.equal(escapeMarkdown('[x](command:y)'), '\\[x\\]\\(command:y\\)');
  });

  it('says so when the config snapshot cannot be read, and shows the error', () => {
    const failed = {
      ...run,
      record: { ...run.record, status: 'failed' as const, error: 'out of memory' },
    };
    const markdown = runTooltipMarkdown(failed, null);

    assert.match(markdown, /could not be read/);
    assert.match(markdown, /Error: out of memory/);
    assert.doesNotMatch(markdown, /dropout/);
  });
});
