import {
  isHostToTrainerMessage,
  type TrainRequest,
  type TrainerToHostMessage,
} from '../contract';
import { EventRelay } from './child/eventRelay';
import { runSession } from './session/runSession';

/**
 * The trainer as a child process of the extension host: the request comes as JSON in
 * argv, events go back batched over IPC, `{type: 'stop'}` stops after the current step.
 * Exit code 0 for a completed or stopped run, 1 for a failed one.
 */
function parseRequest(): TrainRequest {
  const request = JSON.parse(process.argv[2] ?? '{}') as Partial<TrainRequest>;
  if (typeof request.configPath !== 'string' || typeof request.runsDir !== 'string') {
    throw new Error('usage: child.js \'{"configPath": "...", "runsDir": "..."}\'');
  }
  return request as TrainRequest;
}

function send(message: TrainerToHostMessage): void {
  if (process.connected) {
    process.send?.(message);
  }
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function main(): Promise<number> {
  const request = parseRequest();
  let stopRequested = false;
  let runId = request.runId ?? '';
  process.on('message', (message) => {
    if (isHostToTrainerMessage(message)) {
      stopRequested = true;
    }
  });
  process.on('disconnect', () => {
    stopRequested = true;
  });

  const relay = new EventRelay(() => runId, send);
  log(`trainer pid ${process.pid} config ${request.configPath}`);

  try {
    const record = await runSession(request, {
      onEvent: (event) => {
        if (event.type === 'started') {
          runId = event.runId;
        }
        relay.push(event);
      },
      onPause: () => relay.flushIfDue(),
      stopRequested: () => stopRequested,
      log,
    });
    relay.flush();
    log(`run ${record.id} ${record.status}`);
    return 0;
  } catch (error) {
    relay.flush();
    log(`error: ${(error as Error).message}`);
    return 1;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
    process.disconnect?.();
  },
  (error: unknown) => {
    log(`error: ${(error as Error).message}`);
    process.exitCode = 1;
    process.disconnect?.();
  },
);
