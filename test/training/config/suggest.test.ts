import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { closestMatch, editDistance } from '../../../src/training/config/suggest';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit', () => {
    assert.equal(editDistance('epochs', 'epochs'), 0);
    assert.equal(editDistance('epoch', 'epochs'), 1);
    assert.equal(editDistance('epochss', 'epochs'), 1);
    assert.equal(editDistance('epocks', 'epochs'), 1);
    assert.equal(editDistance('mnsit', 'mnist'), 1);
    assert.equal(editDistance('', 'seed'), 4);
  });
});

describe('closestMatch', () => {
  const keys = ['epochs', 'batch_size', 'shuffle', 'optimizer', 'log_every'];

  it('suggests the nearest key for a typo', () => {
    assert.equal(closestMatch('batchsize', keys), 'batch_size');
    assert.equal(closestMatch('optimiser', keys), 'optimizer');
    assert.equal(closestMatch('epoch', keys), 'epochs');
  });

  it('matches other spellings of the same name', () => {
    assert.equal(closestMatch('batchSize', keys), 'batch_size');
    assert.equal(closestMatch('Log-Every', keys), 'log_every');
  });

  it('completes a long enough prefix', () => {
    assert.equal(closestMatch('fashion', ['mnist', 'fashion-mnist']), 'fashion-mnist');
  });

  it('suggests nothing when no key is reasonably close', () => {
    assert.equal(closestMatch('momentum', keys), undefined);
    assert.equal(closestMatch('gpu', ['auto', 'cpu', 'wasm']), undefined);
    assert.equal(closestMatch('', keys), undefined);
  });
});
