import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatConfigIssue } from '../../../src/training/config/format';
import { validateConfigText } from '../../../src/training/config/validate';

describe('formatConfigIssue', () => {
  it('names the file, line, column, severity and key, then says what to do', () => {
    const text = 'training:\n  batch_size: ten\n  shufle: true\n';
    const { issues } = validateConfigText(text, 'configs/a.yaml');

    assert.deepEqual(
      issues.map((issue) => formatConfigIssue(issue, 'configs/a.yaml')),
      [
        'configs/a.yaml:2:15: error: training.batch_size: expected a positive integer, got "ten"',
        'configs/a.yaml:3:3: error: training.shufle: unknown key `shufle` in training. ' +
          'Did you mean `shuffle`?',
      ],
    );
  });

  it('leaves out the key for a problem with the whole file', () => {
    const [issue] = validateConfigText('- 1\n', 'a.yaml').issues;

    assert.match(
      formatConfigIssue(issue!, 'a.yaml'),
      /^a\.yaml:1:1: error: expected the config/,
    );
  });
});
