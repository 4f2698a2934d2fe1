/** The reference recipe's fixed numbers, and a check of the report lines it prints. */
export const TRAIN_SIZE = 60_000;
export const BATCH_SIZE = 10;
export const REPORT_EVERY = 500;
export const STEPS_PER_EPOCH = TRAIN_SIZE / BATCH_SIZE;

const EPOCH_LINE = /^Starting epoch (\d+)$/;
const LOSS_LINE = /^Loss after mini-batch {1,4}(\d+): \d+\.\d{3}$/;
const FINISHED_LINE = 'Training process has finished.';

/** Problems with a variant's report lines; empty when they match the reference. */
export function reportLineProblems(lines, epochs) {
  const problems = [];
  const epochNumbers = lines
    .flatMap((line) => EPOCH_LINE.exec(line)?.[1] ?? [])
    .map(Number);
  const expectedEpochs = Array.from({ length: epochs }, (_, index) => index + 1);
  if (epochNumbers.join() !== expectedEpochs.join()) {
    problems.push(`epoch lines ${epochNumbers.join(',') || 'none'}`);
  }

  const lossBatches = lines
    .flatMap((line) => LOSS_LINE.exec(line)?.[1] ?? [])
    .map(Number);
  const perEpoch = Array.from(
    { length: Math.floor(STEPS_PER_EPOCH / REPORT_EVERY) },
    (_, index) => (index + 1) * REPORT_EVERY,
  );
  const expectedLosses = expectedEpochs.flatMap(() => perEpoch);
  if (lossBatches.join() !== expectedLosses.join()) {
    problems.push(`${lossBatches.length} loss lines, expected ${expectedLosses.length}`);
  }

  if (!lines.includes(FINISHED_LINE)) {
    problems.push('no finished line');
  }
  return problems;
}
