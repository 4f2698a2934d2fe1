/** The reference tutorial's report lines, reproduced exactly. */
export function epochStartLine(epoch: number): string {
  return `Starting epoch ${epoch}`;
}

export function reportLine(batchInEpoch: number, meanLoss: number): string {
  return `Loss after mini-batch ${String(batchInEpoch).padStart(5)}: ${meanLoss.toFixed(3)}`;
}

export const FINISHED_LINE = 'Training process has finished.';

export function validationLine(
  epoch: number,
  loss: number,
  accuracy: number,
  seconds: number,
) {
  return (
    `Validation after epoch ${epoch}: loss ${loss.toFixed(3)}, ` +
    `accuracy ${accuracy.toFixed(4)} (${seconds.toFixed(1)} s)`
  );
}
