import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArguments, UsageError } from '../../../src/training/cli/args';

describe('trainboard command-line arguments', () => {
  it('resolves the config and the default runs folder against the working folder', () => {
    assert.deepEqual(parseArguments(['train', 'a.yaml'], '/work'), {
      configPath: '/work/a.yaml',
      runsDir: '/work/.trainboard/runs',
    });
  });

  it('takes --runs-dir', () => {
    const args = parseArguments(['train', '--runs-dir', 'out', '/x/a.yaml'], '/work');
    assert.deepEqual(args, { configPath: '/x/a.yaml', runsDir: '/work/out' });
  });

  it('rejects what it does not understand, with the usage line', () => {
    for (const argv of [
      [],
      ['fit', 'a.yaml'],
      ['train'],
      ['train', 'a', 'b'],
      ['train', '-x'],
    ]) {
      assert.throws(
        () => parseArguments(argv, '/work'),
        (error: Error) => {
          assert.ok(error instanceof UsageError);
          assert.match(error.message, /usage: trainboard train <config.yaml>/);
          return true;
        },
      );
    }
  });
});
