import type { CompareConfigValue } from '../../../contract/compareMessages';
import { formatDuration } from '../../../contract/displayFormat';
import { runDurationSeconds } from './runPresentation';
import type { SidebarRun } from './sidebarRun';

export type FlatConfigValues = Readonly<Record<string, CompareConfigValue>>;

/** The config values a run's tooltip names, by their YAML key paths. */
export const CONFIG_HIGHLIGHTS: readonly (readonly [label: string, key: string])[] = [
  ['dataset', 'data.dataset'],
  ['hidden', 'model.hidden'],
  ['dropout', 'model.dropout'],
  ['epochs', 'training.epochs'],
  ['batch size', 'training.batch_size'],
  ['optimizer', 'training.optimizer.name'],
  ['learning rate', 'training.optimizer.learning_rate'],
];

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (char) => `\\${char}`);
}

function row(label: string, value: string): string {
  return `| ${label} | ${escapeMarkdown(value)} |`;
}

function localTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

function timeRows(run: SidebarRun, formatTime: (iso: string) => string): string[] {
  const { record } = run;
  const rows = [row('created', formatTime(record.createdAt))];
  if (record.startedAt) {
    rows.push(row('started', formatTime(record.startedAt)));
  }
  if (record.finishedAt) {
    rows.push(row('finished', formatTime(record.finishedAt)));
  }
  const seconds = runDurationSeconds(run);
  if (seconds !== null) {
    rows.push(row('duration', formatDuration(seconds)));
  }
  return rows;
}

/**
 * The Markdown of a run's tooltip: its name and status, the config's main values
 * (when the snapshot could be read), the backend and its times, and any error.
 */
export function runTooltipMarkdown(
  run: SidebarRun,
  config: FlatConfigValues | null,
  formatTime: (iso: string) => string = localTime,
): string {
  const { record } = run;
  const heading = `**${escapeMarkdown(record.name)}** · ${record.status}`;
  const configRows = config
    ? CONFIG_HIGHLIGHTS.filter(([, key]) => config[key] !== undefined).map(
        ([label, key]) => row(label, String(config[key])),
      )
    : [];
  const rows = [
    ...configRows,
    row('backend', record.backend ?? 'not chosen yet'),
    ...timeRows(run, formatTime),
  ];

  const blocks = [
    heading,
    `\`${record.id}\``,
    ['| | |', '|:--|:--|', ...rows].join('\n'),
  ];
  if (!config) {
    blocks.push('_The config snapshot could not be read._');
  }
  if (record.error) {
    blocks.push(`Error: ${escapeMarkdown(record.error)}`);
  }
  return blocks.join('\n\n');
}
