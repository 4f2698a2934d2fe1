import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineSplitter } from '../../../src/extension/runner/lineSplitter';

describe('splitting trainer output into lines', () => {
  it('joins lines split across chunks and drops blank ones', () => {
    const lines: string[] = [];
    const splitter = new LineSplitter((line) => lines.push(line));

    splitter.push('backend wa');
    splitter.push('sm\r\n\nepoch 1');
    splitter.end();

    assert.deepEqual(lines, ['backend wasm', 'epoch 1']);
  });
});
