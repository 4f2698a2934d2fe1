import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Writable } from 'node:stream';
import { ProgressBar } from '../../../src/training/cli/progressBar';

function capture(): { stream: NodeJS.WriteStream; text: () => string } {
  let written = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written += chunk.toString();
      done();
    },
  });
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => written };
}

describe('the CLI progress bar', () => {
  it('shows epoch, step, loss and an ETA on one redrawn line', () => {
    const output = capture();
    const bar = new ProgressBar(output.stream);
    bar.update({
      type: 'started',
      runId: 'r',
      name: 'n',
      backend: 'wasm',
      seed: 42,
      epochs: 2,
      stepsPerEpoch: 100,
      trainSize: 1000,
      testSize: 100,
      time: '',
    });
    bar.update({ type: 'batch', step: 50, epoch: 1, loss: 1.23456, elapsed: 10 });

    assert.match(
      output.text(),
      /^\r\[#{6}\.{18}\] epoch 1\/2 step 50\/200 loss 1\.235 ETA 0:30 $/,
    );
  });

  it('clears its line so that report lines print cleanly', () => {
    const output = capture();
    const bar = new ProgressBar(output.stream);
    bar.clear();
    assert.equal(output.text(), '');

    bar.update({ type: 'batch', step: 1, epoch: 1, loss: 2, elapsed: 0.1 });
    bar.clear();
    assert.ok(output.text().endsWith('\r\x1b[2K'));
  });
});
