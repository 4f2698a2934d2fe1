import type { TrainerEvent } from '../contract';
import { parseArguments, UsageError } from './cli/args';
import { ConfigError } from './config';
import { ProgressBar } from './cli/progressBar';
import { validationLine } from './engine/reportLines';
import { runSession } from './session/runSession';

function reportText(event: TrainerEvent): string | null {
  switch (event.type) {
    case 'epochStarted':
    case 'report':
    case 'finished':
      return event.line;
    case 'epoch':
      return validationLine(event.epoch, event.valLoss, event.valAccuracy, event.seconds);
    case 'stopped':
      return `Stopped at step ${event.step}.`;
    default:
      return null;
  }
}

async function main(): Promise<number> {
  const args = parseArguments(process.argv.slice(2), process.cwd());
  const progress = process.stderr.isTTY ? new ProgressBar(process.stderr) : null;
  let stopRequested = false;
  process.once('SIGINT', () => {
    stopRequested = true;
  });

  const log = (line: string) => {
    progress?.clear();
    process.stderr.write(`${line}\n`);
  };
  log(`trainboard pid ${process.pid} config ${args.configPath}`);

  const record = await runSession(args, {
    onEvent: (event) => {
      const text = reportText(event);
      if (text !== null) {
        progress?.clear();
        process.stdout.write(`${text}\n`);
      }
      progress?.update(event);
    },
    onPause: () => undefined,
    stopRequested: () => stopRequested,
    log,
  });

  progress?.clear();
  log(
    `run ${record.id} ${record.status}: ${record.configPath} -> ${args.runsDir}/${record.id}`,
  );
  return record.status === 'completed' ? 0 : 130;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const prefixed = error instanceof UsageError || error instanceof ConfigError;
    process.stderr.write(`${prefixed ? '' : 'error: '}${message}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
