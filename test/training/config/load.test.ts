import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError } from '../../../src/training/config/configError';
import { loadConfigFile } from '../../../src/training/config/load';

const fixtures = join(__dirname, '../../fixtures/configs');

async function loadError(filePath: string): Promise<ConfigError> {
  try {
    await loadConfigFile(filePath);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error;
  }
  assert.fail(`expected ${filePath} to fail to load`);
}

describe('loadConfigFile', () => {
  it('returns the validated config with the text it was read from', async () => {
    const loaded = await loadConfigFile(join(fixtures, 'full.yaml'));

    assert.equal(loaded.config.name, 'wide-tanh');
    assert.match(loaded.text, /^# Every key set/);
    assert.deepEqual(loaded.warnings, []);
  });

  it('throws a ConfigError naming a missing file', async () => {
    const missing = join(fixtures, 'no-such-config.yaml');
    const error = await loadError(missing);

    assert.equal(error.filePath, missing);
    assert.equal(error.issues.length, 1);
    assert.equal(
      error.message,
      `${missing}:1:1: error: config file not found. Check the path, or create the file.`,
    );
  });

  it('throws a ConfigError when given a folder', async () => {
    const error = await loadError(fixtures);

    assert.match(error.message, /error: this is a folder/);
  });

  it('throws a ConfigError listing every issue of an invalid file, one per line', async () => {
    const invalid = join(fixtures, 'invalid.yaml');
    const error = await loadError(invalid);

    assert.equal(error.name, 'ConfigError');
    assert.deepEqual(error.message.split('\n'), [
      `${invalid}:2:11: error: training.epochs: expected a positive integer, got "ten"`,
      `${invalid}:3:3: error: training.batchsize: unknown key \`batchsize\` in training. ` +
        'Did you mean `batch_size`?',
    ]);
  });
});
