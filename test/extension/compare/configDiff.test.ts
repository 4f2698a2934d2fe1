import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diffConfigs } from '../../../src/extension/compare/model/configDiff';
import { configColumns, visibleConfigRows } from '../../../webview/compare/configRows';

const dropout = {
  name: 'mnist-dropout',
  'data.dataset': 'mnist-sample',
  'model.dropout': 0.5,
  'training.epochs': 20,
};
const noDropout = { ...dropout, name: 'mnist-no-dropout', 'model.dropout': 0 };

describe('the config diff', () => {
  it('marks only the keys whose values differ', () => {
    const rows = diffConfigs([dropout, noDropout]);

    assert.deepEqual(
      rows.filter((row) => row.differs).map((row) => [row.key, row.values]),
      [['model.dropout', [0.5, 0]]],
    );
  });

  it('shows the differing keys by default and every key on request', () => {
    const rows = diffConfigs([dropout, noDropout]);

    assert.deepEqual(
      visibleConfigRows(rows, false).map((row) => row.key),
      ['model.dropout'],
    );
    assert.deepEqual(
      visibleConfigRows(rows, true).map((row) => row.key),
      ['model.dropout', 'data.dataset', 'training.epochs'],
    );
  });

  it('puts the differing keys before the summary and the shared ones after it', () => {
    const rows = diffConfigs([dropout, noDropout]);
    const keys = (list: readonly { key: string }[]) => list.map((row) => row.key);

    const columns = configColumns(rows, true);
    assert.deepEqual(keys(columns.differing), ['model.dropout']);
    assert.deepEqual(keys(columns.shared), ['data.dataset', 'training.epochs']);
    assert.deepEqual(configColumns(rows, false).shared, []);
  });

  it('leaves out the run name, which heads each row already', () => {
    assert.ok(diffConfigs([dropout, noDropout]).every((row) => row.key !== 'name'));
  });

  it('counts a key missing from one config as a difference', () => {
    const rows = diffConfigs([dropout, { ...noDropout, 'model.extra': true }]);

    assert.deepEqual(
      rows.find((row) => row.key === 'model.extra'),
      {
        key: 'model.extra',
        values: [null, true],
        differs: true,
      },
    );
  });

  it('gives an unreadable config null everywhere without making keys differ', () => {
    const rows = diffConfigs([dropout, null, { ...dropout }]);

    assert.ok(rows.every((row) => !row.differs));
    assert.ok(rows.every((row) => row.values[1] === null));
  });

  it('finds nothing differing in a single run', () => {
    assert.ok(diffConfigs([dropout]).every((row) => !row.differs));
  });
});
