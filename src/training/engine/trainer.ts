import type { BackendName, TrainerEvent } from '../../contract';
import type { TrainConfig } from '../config/types';
import type { DatasetSplits } from '../data';
import { BatchBufferCache, featureCount } from '../model/batch';
import { Network } from '../model/network';
import { createTrainingOps } from '../model/ops';
import { seededStreams } from '../model/random';
import { evaluate } from './evaluate';
import { epochStartLine, FINISHED_LINE, reportLine } from './reportLines';

export interface TrainerHooks {
  emit(event: TrainerEvent): void;
  /** Called about every 50 ms of training so that I/O and stop requests get through. */
  pause(): Promise<void>;
  stopRequested(): boolean;
}

export interface TrainingJob {
  runId: string;
  config: TrainConfig;
  splits: DatasetSplits;
  backend: BackendName;
}

export interface TrainingOutcome {
  status: 'completed' | 'stopped';
  network: Network;
}

const PAUSE_EVERY_MS = 50;

/** Seven significant digits: float32's precision, at half the bytes per metrics line. */
function roundLoss(loss: number): number {
  return Number(loss.toPrecision(7));
}

function now(): string {
  return new Date().toISOString();
}

class Clock {
  private readonly start = performance.now();
  private lastPause = this.start;

  elapsed(): number {
    return Math.round(performance.now() - this.start) / 1000;
  }

  pauseDue(): boolean {
    const time = performance.now();
    if (time - this.lastPause < PAUSE_EVERY_MS) {
      return false;
    }
    this.lastPause = time;
    return true;
  }
}

export async function train(
  job: TrainingJob,
  hooks: TrainerHooks,
): Promise<TrainingOutcome> {
  const { config, splits } = job;
  const { training } = config;
  const streams = seededStreams(config.seed);
  const features = featureCount(splits.train);
  const network = new Network(
    config.model,
    training.optimizer,
    createTrainingOps(),
    features,
    streams.init,
  );
  const stepsPerEpoch = Math.ceil(splits.train.count / training.batchSize);
  const order = Uint32Array.from({ length: splits.train.count }, (_, index) => index);
  const batchBuffers = new BatchBufferCache(features, true);
  const clock = new Clock();
  let step = 0;

  hooks.emit({
    type: 'started',
    runId: job.runId,
    name: config.name,
    backend: job.backend,
    seed: config.seed,
    epochs: training.epochs,
    stepsPerEpoch,
    trainSize: splits.train.count,
    testSize: splits.test.count,
    time: now(),
  });

  for (let epoch = 1; epoch <= training.epochs; epoch++) {
    const epochStart = performance.now();
    hooks.emit({ type: 'epochStarted', epoch, line: epochStartLine(epoch) });
    if (training.shuffle) {
      streams.shuffle.shuffleInPlace(order);
    }

    let epochLoss = 0;
    let windowLoss = 0;

    for (let batch = 1; batch <= stepsPerEpoch; batch++) {
      const start = (batch - 1) * training.batchSize;
      const rows = Math.min(training.batchSize, splits.train.count - start);
      const buffers = batchBuffers.get(rows);
      buffers.fill(splits.train, order, start);

      const loss = network.trainStep(buffers, streams.dropout);
      step += 1;
      if (!Number.isFinite(loss)) {
        throw new Error(
          `the loss became ${loss} at step ${step} (epoch ${epoch}); ` +
            'try a lower learning_rate',
        );
      }
      epochLoss += loss;
      windowLoss += loss;
      hooks.emit({
        type: 'batch',
        step,
        epoch,
        loss: roundLoss(loss),
        elapsed: clock.elapsed(),
      });

      if (batch % training.logEvery === 0) {
        const mean = windowLoss / training.logEvery;
        hooks.emit({
          type: 'report',
          step,
          epoch,
          batch,
          loss: mean,
          line: reportLine(batch, mean),
        });
        windowLoss = 0;
      }

      if (clock.pauseDue()) {
        await hooks.pause();
        if (hooks.stopRequested()) {
          hooks.emit({ type: 'stopped', step, time: now() });
          return { status: 'stopped', network };
        }
      }
    }

    const validation = evaluate(network, splits.test);
    hooks.emit({
      type: 'epoch',
      epoch,
      step,
      loss: epochLoss / stepsPerEpoch,
      valLoss: validation.loss,
      valAccuracy: validation.accuracy,
      seconds: Math.round(performance.now() - epochStart) / 1000,
      elapsed: clock.elapsed(),
    });
    await hooks.pause();
    if (epoch < training.epochs && hooks.stopRequested()) {
      hooks.emit({ type: 'stopped', step, time: now() });
      return { status: 'stopped', network };
    }
  }

  hooks.emit({
    type: 'finished',
    line: FINISHED_LINE,
    seconds: clock.elapsed(),
    time: now(),
  });
  return { status: 'completed', network };
}
