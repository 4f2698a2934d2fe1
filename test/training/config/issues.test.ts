import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateConfigText } from '../../../src/training/config/validate';
import type { ConfigIssue } from '../../../src/training/config/issues';

function issuesOf(text: string): ConfigIssue[] {
  return validateConfigText(text, '/exp/config.yaml').issues;
}

function onlyIssue(text: string): ConfigIssue {
  const { config, issues } = validateConfigText(text, '/exp/config.yaml');
  assert.equal(issues.length, 1, JSON.stringify(issues, null, 2));
  if (issues[0]!.severity === 'error') {
    assert.equal(config, null);
  }
  return issues[0]!;
}

function where(issue: ConfigIssue): string {
  return `${issue.keyPath} ${issue.line}:${issue.column}-${issue.endLine}:${issue.endColumn}`;
}

describe('validateConfigText reports', () => {
  it('a YAML syntax error at its position, with the key it is under', () => {
    const issue = onlyIssue('training:\n  epochs: 3\n  batch_size: [1, 2\n');

    assert.equal(issue.severity, 'error');
    assert.match(issue.message, /^invalid YAML: /);
    assert.equal(issue.keyPath, 'training.batch_size');
    assert.equal(issue.line, 4);
  });

  it('tabs used as indentation', () => {
    const issue = issuesOf('model:\n\thidden: [8]\n')[0]!;

    assert.match(issue.message, /tabs are not allowed/i);
    assert.deepEqual([issue.line, issue.column], [2, 1]);
  });

  it('a top level that is a list rather than a mapping', () => {
    const issue = onlyIssue('- epochs: 3\n- batch_size: 10\n');

    assert.equal(where(issue), ' 1:1-3:1');
    assert.match(issue.message, /expected the config to be a mapping of keys/);
    assert.match(issue.message, /got a list$/);
  });

  it('a top level that is plain text', () => {
    const issue = onlyIssue('just some words');

    assert.match(issue.message, /got "just some words"$/);
    assert.deepEqual([issue.offset, issue.endOffset], [0, 15]);
  });

  it('a section that is not a mapping', () => {
    const issue = onlyIssue('model: 5\n');

    assert.equal(where(issue), 'model 1:8-1:9');
    assert.equal(
      issue.message,
      'expected model to be a mapping of keys (hidden, dropout, activation), got 5',
    );
  });

  it('an unknown key with the nearest valid key at the same level', () => {
    const issue = onlyIssue('training:\n  epochs: 3\n  batchsize: 10\n');

    assert.equal(where(issue), 'training.batchsize 3:3-3:12');
    assert.equal(
      issue.message,
      'unknown key `batchsize` in training. Did you mean `batch_size`?',
    );
    assert.equal(issue.suggestion, 'batch_size');
  });

  it('a camelCase key as its snake_case spelling', () => {
    const issue = onlyIssue('training:\n  logEvery: 10\n');

    assert.equal(issue.suggestion, 'log_every');
  });

  it('an unknown key with no close match by listing the valid keys', () => {
    const issue = onlyIssue('optimiser_settings: 1\n');

    assert.equal(where(issue), 'optimiser_settings 1:1-1:19');
    assert.equal(
      issue.message,
      'unknown key `optimiser_settings` at the top level. ' +
        'Valid keys: name, seed, data, model, training, backend.',
    );
    assert.equal(issue.suggestion, undefined);
  });

  it('a key valid elsewhere but not at this level', () => {
    const issue = onlyIssue('epochs: 3\n');

    assert.equal(issue.keyPath, 'epochs');
    assert.match(issue.message, /^unknown key `epochs` at the top level/);
  });

  it('a wrong type, quoting the value given', () => {
    const issue = onlyIssue('training:\n  batch_size: ten\n');

    assert.equal(where(issue), 'training.batch_size 2:15-2:18');
    assert.deepEqual([issue.offset, issue.endOffset], [24, 27]);
    assert.equal(issue.message, 'expected a positive integer, got "ten"');
  });

  it('a number written in quotes, with the unquoted number as the fix', () => {
    const issue = onlyIssue('training:\n  optimizer:\n    learning_rate: "1e-3"\n');

    assert.equal(where(issue), 'training.optimizer.learning_rate 3:20-3:26');
    assert.equal(
      issue.message,
      'expected a positive number, got "1e-3". Remove the quotes to write a number.',
    );
    assert.equal(issue.suggestion, '1e-3');
  });

  it('a YAML 1.1 boolean such as yes, suggesting true', () => {
    const issue = onlyIssue('training:\n  shuffle: yes\n');

    assert.equal(where(issue), 'training.shuffle 2:12-2:15');
    assert.match(issue.message, /^expected true or false, got "yes"\. Write true/);
    assert.equal(issue.suggestion, 'true');
  });

  it('a value out of range', () => {
    const issue = onlyIssue('model:\n  dropout: 1\n');

    assert.equal(where(issue), 'model.dropout 2:12-2:13');
    assert.equal(issue.message, 'expected a number >= 0 and < 1, got 1');
  });

  it('a zero or fractional count', () => {
    assert.equal(
      onlyIssue('training:\n  epochs: 0\n').message,
      'expected a positive integer, got 0',
    );
    assert.equal(
      onlyIssue('training:\n  epochs: 2.5\n').message,
      'expected a positive integer, got 2.5',
    );
  });

  it('an empty value for a key that needs one, at the key', () => {
    const issue = onlyIssue('training:\n  epochs:\n');

    assert.equal(where(issue), 'training.epochs 2:3-2:9');
    assert.equal(issue.message, 'expected a positive integer, got nothing');
  });

  it('a bad enum value, listing the allowed values and suggesting the nearest', () => {
    const issue = onlyIssue('data:\n  dataset: fasion-mnist\n');

    assert.equal(where(issue), 'data.dataset 2:12-2:24');
    assert.equal(
      issue.message,
      'expected one of mnist, fashion-mnist, mnist-sample, got "fasion-mnist". ' +
        'Did you mean `fashion-mnist`?',
    );
    assert.equal(issue.suggestion, 'fashion-mnist');
  });

  it('a bad enum value with no close match without a suggestion', () => {
    const issue = onlyIssue('backend: gpu\n');

    assert.equal(issue.message, 'expected one of auto, tensorflow, wasm, cpu, got "gpu"');
    assert.equal(issue.suggestion, undefined);
  });

  it('a duplicate key at the second occurrence, naming the line of the first', () => {
    const issue = onlyIssue('seed: 1\nmodel:\n  dropout: 0.1\nseed: 2\n');

    assert.equal(where(issue), 'seed 4:1-4:5');
    assert.equal(
      issue.message,
      'duplicate key `seed`, already set on line 1. Remove one of them.',
    );
  });

  it('each bad item of the hidden list at the item', () => {
    const issues = issuesOf('model:\n  hidden: [64, "x", 0]\n');

    assert.deepEqual(issues.map(where), [
      'model.hidden[1] 2:16-2:19',
      'model.hidden[2] 2:21-2:22',
    ]);
  });

  it('an empty hidden list, and a single number in place of a list', () => {
    assert.equal(
      onlyIssue('model:\n  hidden: []\n').message,
      'expected a non-empty list of positive integers, got an empty list',
    );
    assert.equal(onlyIssue('model:\n  hidden: 64\n').suggestion, '[64]');
  });

  it('a number given as the name, suggesting it in quotes', () => {
    const issue = onlyIssue('name: 2024\n');

    assert.equal(issue.keyPath, 'name');
    assert.equal(issue.suggestion, '"2024"');
  });

  it('an alias with no anchor', () => {
    const issue = onlyIssue('training:\n  epochs: *three\n');

    assert.equal(where(issue), 'training.epochs 2:11-2:17');
    assert.equal(issue.message, 'alias `*three` has no anchor `&three` before it');
  });

  it('every problem in a file, not just the first', () => {
    const issues = issuesOf(
      'seed: -1\nmodel:\n  activation: elu\nbackend: wasm\nextra: 1\n',
    );

    assert.deepEqual(
      issues.map((issue) => issue.keyPath),
      ['seed', 'model.activation', 'extra'],
    );
  });

  it('adam settings under sgd as a warning, keeping the config', () => {
    const text = 'training:\n  optimizer:\n    name: sgd\n    beta1: 0.8\n';
    const { config, issues } = validateConfigText(text, '/exp/config.yaml');

    assert.ok(config);
    assert.equal(issues.length, 1);
    assert.equal(issues[0]!.severity, 'warning');
    assert.equal(where(issues[0]!), 'training.optimizer.beta1 4:5-4:10');
    assert.equal(
      issues[0]!.message,
      '`beta1` only has an effect when name is adam; it is ignored with sgd.',
    );
  });
});
