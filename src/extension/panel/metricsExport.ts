import type { ExportFormat, RunRecord, TrainerEvent } from '../../contract';

export type { ExportFormat };

const CSV_COLUMNS = [
  'kind',
  'step',
  'epoch',
  'loss',
  'val_loss',
  'val_accuracy',
  'elapsed_seconds',
] as const;

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number>;

function csvRow(event: TrainerEvent): CsvRow | null {
  switch (event.type) {
    case 'batch':
      return rowOf('batch', event.step, event.epoch, event.loss, '', '', event.elapsed);
    case 'report':
      return rowOf('report', event.step, event.epoch, event.loss, '', '', '');
    case 'epoch':
      return rowOf(
        'epoch',
        event.step,
        event.epoch,
        event.loss,
        event.valLoss,
        event.valAccuracy,
        event.elapsed,
      );
    default:
      return null;
  }
}

function rowOf(...values: (string | number)[]): CsvRow {
  return Object.fromEntries(
    CSV_COLUMNS.map((column, i) => [column, values[i] ?? '']),
  ) as CsvRow;
}

/** One line per recorded point, every point the trainer wrote. */
export function metricsCsv(events: readonly TrainerEvent[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const event of events) {
    const row = csvRow(event);
    if (row) {
      lines.push(CSV_COLUMNS.map((column) => String(row[column])).join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

export function metricsJson(record: RunRecord, events: readonly TrainerEvent[]): string {
  return `${JSON.stringify({ run: record, events }, null, 2)}\n`;
}

export function exportText(
  format: ExportFormat,
  record: RunRecord,
  events: readonly TrainerEvent[],
): string {
  return format === 'csv' ? metricsCsv(events) : metricsJson(record, events);
}

export function exportFileName(record: RunRecord, format: ExportFormat): string {
  const safeName = record.name.replace(/[^\w.-]+/g, '-');
  return `${safeName}-${record.id}.${format}`;
}
