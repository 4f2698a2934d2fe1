/**
 * Synthetic runs in the panel's message shapes. The generator is a plain
 * function without imports so the benchmark can also run it inside the page.
 */
export function syntheticRuns({ runs, steps, logEvery, stepsPerEpoch, statuses }) {
  const result = [];
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };

  for (let index = 0; index < runs; index++) {
    const floor = 0.05 + 0.03 * (index % 7);
    const rate = 1 / (steps * (0.12 + 0.02 * (index % 5)));
    const series = {
      batchSteps: [],
      batchLosses: [],
      reportSteps: [],
      reportLosses: [],
      epochs: [],
      epochLosses: [],
      valLosses: [],
      valAccuracies: [],
    };
    let reportSum = 0;
    let epochSum = 0;

    for (let step = 1; step <= steps; step++) {
      const clean = floor + 2.2 * Math.exp(-step * rate);
      const loss = clean * (1 + 0.35 * (random() - 0.5));
      series.batchSteps.push(step);
      series.batchLosses.push(loss);
      reportSum += loss;
      epochSum += loss;

      if (step % logEvery === 0) {
        series.reportSteps.push(step);
        series.reportLosses.push(reportSum / logEvery);
        reportSum = 0;
      }
      if (step % stepsPerEpoch === 0) {
        const epoch = step / stepsPerEpoch;
        const overfit = index % 3 === 0 ? 0.004 * epoch * epoch : 0;
        series.epochs.push(epoch);
        series.epochLosses.push(epochSum / stepsPerEpoch);
        series.valLosses.push(clean * 1.15 + overfit + 0.01 * random());
        series.valAccuracies.push(Math.min(0.995, 1 - clean / 2.5 - overfit / 3));
        epochSum = 0;
      }
    }

    const epochsDone = series.epochs.length;
    const status = statuses?.[index] ?? 'completed';
    result.push({
      info: {
        id: `run-${String(index + 1).padStart(2, '0')}`,
        name: `mnist-mlp-${String(index + 1).padStart(2, '0')}`,
        status,
        colorIndex: index,
        epoch: epochsDone,
        epochs: Math.max(epochsDone, Math.ceil(steps / stepsPerEpoch)),
        lastLoss: series.batchLosses[series.batchLosses.length - 1] ?? null,
        bestValAccuracy: series.valAccuracies.length
          ? Math.max(...series.valAccuracies)
          : null,
        durationSeconds: steps / 450,
        error: status === 'failed' ? 'Loss became NaN at step ' + steps + '.' : null,
      },
      series,
    });
  }

  return result;
}

/** The next batch of a live run: `count` new steps after `fromStep`. */
export function appendBatch({ runId, fromStep, count, logEvery }) {
  const series = {
    batchSteps: [],
    batchLosses: [],
    reportSteps: [],
    reportLosses: [],
    epochs: [],
    epochLosses: [],
    valLosses: [],
    valAccuracies: [],
  };
  for (let step = fromStep + 1; step <= fromStep + count; step++) {
    const loss = 0.08 + 0.02 * Math.sin(step / 37) + (0.01 * ((step * 7919) % 13)) / 13;
    series.batchSteps.push(step);
    series.batchLosses.push(loss);
    if (step % logEvery === 0) {
      series.reportSteps.push(step);
      series.reportLosses.push(loss);
    }
  }
  return { type: 'append', runId, series };
}
