import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  describeFilter,
  isFilterActive,
  matchesFilter,
  NO_FILTER,
} from '../../../src/extension/sidebar/model/runFilter';
import { sidebarRun } from './fixtures';

const run = sidebarRun({
  id: '20260101-100000-000-abcd',
  name: 'MNIST dropout',
  status: 'failed',
  configPath: '/w/configs/mnist-dropout.yaml',
  createdAt: '2026-01-01T10:00:00Z',
});

describe('the runs filter', () => {
  it('lets every run through when empty', () => {
    assert.equal(isFilterActive(NO_FILTER), false);
    assert.equal(matchesFilter(run, NO_FILTER), true);
    assert.equal(describeFilter(NO_FILTER), '');
  });

  it('matches text in the name, the id or the config file name, ignoring case', () => {
    for (const text of ['dropout', 'ABCD', 'mnist-dropout.yaml', '  mnist ']) {
      assert.equal(matchesFilter(run, { text, statuses: [] }), true, text);
    }
    assert.equal(matchesFilter(run, { text: 'configs', statuses: [] }), false);
  });

  it('keeps only the statuses asked for', () => {
    assert.equal(matchesFilter(run, { text: '', statuses: ['failed', 'stopped'] }), true);
    assert.equal(matchesFilter(run, { text: '', statuses: ['completed'] }), false);
  });

  it('needs both the text and the status to match', () => {
    assert.equal(matchesFilter(run, { text: 'dropout', statuses: ['completed'] }), false);
  });

  it('names the text and the statuses for the title bar', () => {
    const filter = { text: 'drop', statuses: ['failed', 'running'] as const };

    assert.equal(isFilterActive({ ...filter, statuses: [...filter.statuses] }), true);
    assert.equal(
      describeFilter({ ...filter, statuses: [...filter.statuses] }),
      'filter: "drop" · failed, running',
    );
  });
});
