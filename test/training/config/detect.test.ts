import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeTrainboardConfig } from '../../../src/training/config/detect';

describe('looksLikeTrainboardConfig', () => {
  it('is true for YAML with a top-level model, training or data key', () => {
    assert.equal(looksLikeTrainboardConfig('model:\n  hidden: [8]\n'), true);
    assert.equal(
      looksLikeTrainboardConfig('# sweep\nseed: 1\ntraining:\n  epochs: 2\n'),
      true,
    );
    assert.equal(looksLikeTrainboardConfig('"data": {dataset: mnist}\n'), true);
  });

  it('is true for a config with a few typos in its keys', () => {
    assert.equal(
      looksLikeTrainboardConfig('modle:\n  hidden: [8]\ntraining: {}\n'),
      true,
    );
  });

  it('is false for an empty file or YAML without those keys', () => {
    assert.equal(looksLikeTrainboardConfig(''), false);
    assert.equal(looksLikeTrainboardConfig('seed: 1\nname: x\n'), false);
    assert.equal(looksLikeTrainboardConfig('on:\n  push:\njobs:\n  model:\n'), false);
  });

  it('is false for other YAML that happens to have a data key', () => {
    const configMap =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: b\n';

    assert.equal(looksLikeTrainboardConfig(configMap), false);
  });
});
