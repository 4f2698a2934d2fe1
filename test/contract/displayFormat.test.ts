import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  formatAccuracy,
  formatDuration,
  formatEpoch,
  formatLoss,
} from '../../src/contract/displayFormat';

describe('run list formatting', () => {
  it('shows durations in seconds, minutes and hours', () => {
    assert.equal(formatDuration(42.4), '42s');
    assert.equal(formatDuration(125), '2m 05s');
    assert.equal(formatDuration(3 * 3600 + 7 * 60), '3h 07m');
  });

  it('shows a dash for what is not known yet', () => {
    assert.equal(formatDuration(null), '\u2013');
    assert.equal(formatLoss(null), '\u2013');
    assert.equal(formatLoss(Number.NaN), '\u2013');
    assert.equal(formatAccuracy(null), '\u2013');
  });

  it('shows a loss to four significant digits and accuracy as a percentage', () => {
    assert.equal(formatLoss(0.123456), '0.1235');
    assert.equal(formatAccuracy(0.9734), '97.3%');
  });

  it('shows the epoch out of the planned epochs', () => {
    assert.equal(formatEpoch(3, 10), '3/10');
  });
});
