import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateConfigText } from '../../../src/training/config/validate';

const ODD_INPUTS: Record<string, string> = {
  'binary-ish bytes': '\u0000\u0001\u0002\uFFFD\u007F garbage: {{ ]] \u0000',
  'a YAML list': '- 1\n- two\n- [3]\n',
  'deep flow nesting': '['.repeat(5000),
  'deep block nesting': Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k:`).join(
    '\n',
  ),
  'deep config nesting': `model:\n  hidden:\n${'    - '.repeat(1)}${'['.repeat(400)}`,
  'tabs everywhere': 'training:\n\tepochs:\t3\n\t\tbatch_size: 2\n',
  'multiple documents': 'seed: 1\n---\nseed: 2\n',
  'a lone colon': ':',
  'complex keys': '? [a, b]\n: 1\n? {c: d}\n: 2\n',
  'odd tags': 'seed: !!binary aGVsbG8=\nname: !custom thing\nmodel: !!set {a, b}\n',
  'special numbers': 'seed: .inf\nmodel:\n  dropout: .nan\ntraining:\n  epochs: 1e400\n',
  'a huge integer': 'training:\n  epochs: 123456789012345678901234567890\n',
  'windows line endings': 'training:\r\n  epochs: x\r\n',
  'an alias cycle attempt': 'a: &a [*a]\nmodel: *a\n',
  'prototype keys': '__proto__: 1\nconstructor:\n  prototype: 2\n',
  'unicode keys': 'träining:\n  épochs: 3\n🚀: 1\n',
};

function randomText(seed: number, length: number): string {
  const alphabet = 'abc_: -[]{},#&*!|>\'"\n\t 0123456789.?%@`';
  let state = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    text += alphabet[state % alphabet.length];
  }
  return text;
}

function assertWellFormed(text: string): void {
  const { config, issues } = validateConfigText(text, '/exp/odd.yaml');

  assert.equal(
    config === null,
    issues.some((issue) => issue.severity === 'error'),
  );
  for (const issue of issues) {
    assert.ok(issue.offset >= 0 && issue.offset <= issue.endOffset);
    assert.ok(issue.endOffset <= text.length);
    assert.ok(issue.line >= 1 && issue.column >= 1);
    assert.ok(issue.message.length > 0);
  }
}

describe('validateConfigText on odd input', () => {
  for (const [label, text] of Object.entries(ODD_INPUTS)) {
    it(`never throws on ${label}`, () => {
      assertWellFormed(text);
    });
  }

  it('never throws on a few hundred random YAML-like strings', () => {
    for (let seed = 1; seed <= 300; seed++) {
      assertWellFormed(randomText(seed, 20 + (seed % 120)));
    }
  });

  it('rejects infinite and not-a-number values', () => {
    const { issues } = validateConfigText(
      ODD_INPUTS['special numbers']!,
      '/exp/odd.yaml',
    );

    assert.deepEqual(
      issues.map((issue) => issue.keyPath),
      ['seed', 'model.dropout', 'training.epochs'],
    );
  });

  it('validates a typical config in well under a millisecond once warmed up', () => {
    const path = resolve(__dirname, '../../fixtures/configs/full.yaml');
    const text = readFileSync(path, 'utf8');
    for (let i = 0; i < 200; i++) {
      validateConfigText(text, path);
    }

    // The fastest of several batches, so a busy machine does not fail the test.
    let perRun = Infinity;
    for (let batch = 0; batch < 10; batch++) {
      const start = performance.now();
      for (let i = 0; i < 50; i++) {
        validateConfigText(text, path);
      }
      perRun = Math.min(perRun, (performance.now() - start) / 50);
    }

    assert.ok(perRun < 1, `took ${perRun.toFixed(3)} ms per validation`);
  });
});
