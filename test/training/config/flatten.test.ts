import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { configToPlainObject, flattenConfig } from '../../../src/training/config/flatten';
import { validateConfigText } from '../../../src/training/config/validate';

const defaults = validateConfigText('', '/exp/recipe.yaml').config!;

describe('flattenConfig', () => {
  it('keys every setting by its YAML key path', () => {
    assert.deepEqual(flattenConfig(defaults), {
      name: 'recipe',
      seed: 42,
      'data.dataset': 'mnist',
      'data.dir': defaults.data.dir,
      'data.download': true,
      'data.train_limit': 'null',
      'data.test_limit': 'null',
      'model.hidden': '[64, 32]',
      'model.dropout': 0.5,
      'model.activation': 'relu',
      'training.epochs': 5,
      'training.batch_size': 10,
      'training.shuffle': true,
      'training.optimizer.name': 'adam',
      'training.optimizer.learning_rate': 1e-4,
      'training.optimizer.beta1': 0.9,
      'training.optimizer.beta2': 0.999,
      'training.optimizer.epsilon': 1e-8,
      'training.log_every': 500,
      backend: 'auto',
    });
  });

  it('shows exactly the keys where two configs differ', () => {
    const text = 'model:\n  dropout: 0.2\ntraining:\n  batch_size: 32\n';
    const other = flattenConfig(validateConfigText(text, '/exp/recipe.yaml').config!);
    const base = flattenConfig(defaults);

    const changed = Object.keys(base).filter((key) => base[key] !== other[key]);
    assert.deepEqual(changed, ['model.dropout', 'training.batch_size']);
  });
});

describe('configToPlainObject', () => {
  it('writes the config back with snake_case keys that validate to the same config', () => {
    const plain = configToPlainObject(defaults);
    const training = plain.training as Record<string, unknown>;

    assert.equal(training.batch_size, 10);
    assert.deepEqual(
      validateConfigText(JSON.stringify(plain), '/exp/recipe.yaml').config,
      defaults,
    );
  });
});
