import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RUN_PALETTE, runColor } from '../../src/contract/runColors';

describe('run colours', () => {
  it('gives the same colour for the same index', () => {
    assert.equal(runColor(3), runColor(3));
    assert.equal(runColor(0), RUN_PALETTE[0]);
  });

  it('keeps giving distinct colours past the palette', () => {
    const colors = Array.from({ length: 60 }, (_, index) => runColor(index));
    assert.equal(new Set(colors).size, colors.length);
  });
});
