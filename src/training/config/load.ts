import { readFile } from 'node:fs/promises';
import { ConfigError } from './configError';
import type { ConfigIssue } from './issues';
import type { TrainConfig } from './types';
import { validateConfigText } from './validate';

export interface LoadedConfig {
  config: TrainConfig;
  text: string;
  /** Warnings about keys that are valid but have no effect. */
  warnings: ConfigIssue[];
}

/** Reads and validates a config file; throws a ConfigError when it cannot be used. */
export async function loadConfigFile(filePath: string): Promise<LoadedConfig> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    throw new ConfigError(filePath, [wholeFileIssue(readFailure(error))]);
  }

  const { config, issues } = validateConfigText(text, filePath);
  if (config === null) {
    throw new ConfigError(filePath, issues);
  }
  return { config, text, warnings: issues };
}

function readFailure(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'config file not found. Check the path, or create the file.';
    case 'EISDIR':
      return 'this is a folder; give the path of a YAML config file.';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied while reading the config file.';
    default:
      return `cannot read the config file: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function wholeFileIssue(message: string): ConfigIssue {
  return {
    severity: 'error',
    message,
    keyPath: '',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    offset: 0,
    endOffset: 0,
  };
}
