import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseMetricsText } from '../../../src/training/run';

const BATCH_1 = '{"type":"batch","step":1,"epoch":1,"loss":2.3,"elapsed":0.01}';
const BATCH_2 = '{"type":"batch","step":2,"epoch":1,"loss":2.2,"elapsed":0.02}';

describe('reading metrics.jsonl', () => {
  it('reads every complete event line', () => {
    const { events, skippedLines } = parseMetricsText(`${BATCH_1}\n${BATCH_2}\n`);
    assert.equal(events.length, 2);
    assert.equal(skippedLines, 0);
  });

  it('skips a torn last line instead of failing', () => {
    const { events, skippedLines } = parseMetricsText(
      `${BATCH_1}\n${BATCH_2.slice(0, 25)}`,
    );
    assert.deepEqual(
      events.map((event) => event.type === 'batch' && event.step),
      [1],
    );
    assert.equal(skippedLines, 1);
  });

  it('skips lines that are JSON but not events', () => {
    const { events, skippedLines } = parseMetricsText(
      `{"type":"batch","step":"one"}\n[]\n${BATCH_1}\n`,
    );
    assert.equal(events.length, 1);
    assert.equal(skippedLines, 2);
  });
});
