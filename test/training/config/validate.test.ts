import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateConfigText } from '../../../src/training/config/validate';
import type { TrainConfig } from '../../../src/training/config/types';

const fixtures = resolve(__dirname, '../../fixtures/configs');
const configPath = join(fixtures, 'recipe.yaml');

function validConfig(text: string, filePath = configPath): TrainConfig {
  const { config, issues } = validateConfigText(text, filePath);
  assert.deepEqual(issues, []);
  assert.ok(config);
  return config;
}

describe('validateConfigText on valid configs', () => {
  it('reads a file that sets every key into the exact TrainConfig', () => {
    const filePath = join(fixtures, 'full.yaml');
    const config = validConfig(readFileSync(filePath, 'utf8'), filePath);

    assert.deepEqual(config, {
      name: 'wide-tanh',
      seed: 7,
      data: {
        dataset: 'fashion-mnist',
        dir: resolve(fixtures, '../datasets'),
        download: false,
        trainLimit: 2000,
        testLimit: 500,
      },
      model: { hidden: [128, 64, 32], dropout: 0.25, activation: 'tanh' },
      training: {
        epochs: 3,
        batchSize: 32,
        shuffle: false,
        optimizer: {
          name: 'adam',
          learningRate: 3.0e-4,
          beta1: 0.85,
          beta2: 0.995,
          epsilon: 1.0e-7,
        },
        logEvery: 100,
      },
      backend: 'cpu',
    });
  });

  it('fills an empty file with the reference recipe', () => {
    assert.deepEqual(validConfig(''), {
      name: 'recipe',
      seed: 42,
      data: {
        dataset: 'mnist',
        dir: join(fixtures, 'data'),
        download: true,
        trainLimit: null,
        testLimit: null,
      },
      model: { hidden: [64, 32], dropout: 0.5, activation: 'relu' },
      training: {
        epochs: 5,
        batchSize: 10,
        shuffle: true,
        optimizer: {
          name: 'adam',
          learningRate: 1e-4,
          beta1: 0.9,
          beta2: 0.999,
          epsilon: 1e-8,
        },
        logEvery: 500,
      },
      backend: 'auto',
    });
  });

  it('treats a file of only comments, or an empty section, as all defaults', () => {
    const defaults = validConfig('');

    assert.deepEqual(validConfig('# nothing here yet\n'), defaults);
    assert.deepEqual(validConfig('model:\ntraining:\n  optimizer:\n'), defaults);
  });

  it('keeps defaults for the keys a file leaves out', () => {
    const config = validConfig('training:\n  epochs: 2\n');

    assert.equal(config.training.epochs, 2);
    assert.equal(config.training.batchSize, 10);
    assert.deepEqual(config.model, validConfig('').model);
  });

  it('names the config after its file when name is left out', () => {
    assert.equal(validConfig('', '/runs/mnist-dropout.yaml').name, 'mnist-dropout');
    assert.equal(validConfig('', '/runs/sweep.lr.yml').name, 'sweep.lr');
  });

  it('resolves a relative data dir against the config file folder', () => {
    const config = validConfig('data:\n  dir: ../shared/mnist\n', '/home/ada/exp/a.yaml');

    assert.equal(config.data.dir, resolve('/home/ada/shared/mnist'));
  });

  it('keeps an absolute data dir as it is', () => {
    const dir = resolve('/var/cache/mnist');
    const config = validConfig(`data:\n  dir: ${JSON.stringify(dir)}\n`, '/home/a.yaml');

    assert.equal(config.data.dir, dir);
  });

  it('accepts null limits, integers written as 10.0, and YAML anchors', () => {
    const config = validConfig(
      'data:\n  train_limit: &n 100\n  test_limit: *n\ntraining:\n  epochs: 10.0\n',
    );

    assert.equal(config.data.trainLimit, 100);
    assert.equal(config.data.testLimit, 100);
    assert.equal(config.training.epochs, 10);
    assert.equal(validConfig('data:\n  train_limit: null\n').data.trainLimit, null);
  });

  it('accepts sgd with a learning rate and no adam settings', () => {
    const config = validConfig(
      'training:\n  optimizer: {name: sgd, learning_rate: 0.1}\n',
    );

    assert.equal(config.training.optimizer.name, 'sgd');
    assert.equal(config.training.optimizer.learningRate, 0.1);
  });

  it('returns a fresh hidden list each time, so callers may change it', () => {
    validConfig('').model.hidden.push(99);

    assert.deepEqual(validConfig('').model.hidden, [64, 32]);
  });
});
