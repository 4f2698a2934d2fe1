import { resolve } from 'node:path';

export interface TrainArguments {
  configPath: string;
  runsDir: string;
}

export class UsageError extends Error {}

export const USAGE = 'usage: trainboard train <config.yaml> [--runs-dir DIR]';

export function parseArguments(argv: string[], cwd: string): TrainArguments {
  const [command, ...rest] = argv;
  if (command !== 'train') {
    throw new UsageError(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
  }

  let configPath: string | null = null;
  let runsDir = resolve(cwd, '.trainboard', 'runs');

  for (let index = 0; index < rest.length; index++) {
    const argument = rest[index]!;
    if (argument === '--runs-dir') {
      const value = rest[++index];
      if (!value) {
        throw new UsageError(`--runs-dir needs a folder\n${USAGE}`);
      }
      runsDir = resolve(cwd, value);
    } else if (argument.startsWith('-')) {
      throw new UsageError(`unknown option "${argument}"\n${USAGE}`);
    } else if (configPath === null) {
      configPath = resolve(cwd, argument);
    } else {
      throw new UsageError(`only one config file, got "${argument}" too\n${USAGE}`);
    }
  }

  if (configPath === null) {
    throw new UsageError(`no config file given\n${USAGE}`);
  }
  return { configPath, runsDir };
}
