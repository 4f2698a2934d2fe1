import type { CompareCurve, CompareCurveKey } from '../../../contract/compareMessages';
import type { PanelValue } from '../../../contract/panelMessages';
import type { TrainerEvent } from '../../../contract/trainerEvents';
import { keptIndexes, pickIndexes } from './downsample';
import { smoothingWeight, smoothValues } from './smoothing';

interface Column {
  steps: number[];
  epochs: number[];
  elapsed: number[];
}

function finite(value: number): PanelValue {
  return Number.isFinite(value) ? value : null;
}

function emptyColumn(): Column {
  return { steps: [], epochs: [], elapsed: [] };
}

function downsampled(column: Column, values: PanelValue[], maxPoints?: number) {
  const kept = keptIndexes(values, maxPoints);
  return {
    steps: pickIndexes(column.steps, kept),
    epochs: pickIndexes(column.epochs, kept),
    elapsed: pickIndexes(column.elapsed, kept),
    values: pickIndexes(values, kept),
  };
}

/**
 * The compare view's three curves of a run, each at most `maxPoints` long: the
 * smoothed mini-batch loss, and the validation loss and accuracy of every epoch.
 */
export function curvesFromEvents(
  events: readonly TrainerEvent[],
  maxPoints?: number,
): Record<CompareCurveKey, CompareCurve> {
  const batches = emptyColumn();
  const batchLosses: PanelValue[] = [];
  const epochs = emptyColumn();
  const valLosses: PanelValue[] = [];
  const valAccuracies: PanelValue[] = [];
  let stepsPerEpoch = 0;

  for (const event of events) {
    if (event.type === 'started') {
      stepsPerEpoch = event.stepsPerEpoch;
    } else if (event.type === 'batch') {
      batches.steps.push(event.step);
      batches.epochs.push(stepsPerEpoch > 0 ? event.step / stepsPerEpoch : event.epoch);
      batches.elapsed.push(event.elapsed);
      batchLosses.push(finite(event.loss));
    } else if (event.type === 'epoch') {
      epochs.steps.push(event.step);
      epochs.epochs.push(event.epoch);
      epochs.elapsed.push(event.elapsed);
      valLosses.push(finite(event.valLoss));
      valAccuracies.push(finite(event.valAccuracy));
    }
  }

  const smoothed = smoothValues(batchLosses, smoothingWeight(batchLosses.length));
  return {
    trainLoss: downsampled(batches, smoothed, maxPoints),
    valLoss: downsampled(epochs, valLosses, maxPoints),
    valAccuracy: downsampled(epochs, valAccuracies, maxPoints),
  };
}
