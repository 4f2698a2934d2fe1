import type {
  CompareConfigRow,
  CompareConfigValue,
} from '../../../contract/compareMessages';

export type FlatConfig = Readonly<Record<string, CompareConfigValue>>;

/** Keys left out of the table: the run name already heads each run's row. */
const LEFT_OUT = new Set(['name']);

function keysInOrder(configs: readonly (FlatConfig | null)[]): string[] {
  const keys = new Set<string>();
  for (const config of configs) {
    Object.keys(config ?? {}).forEach((key) => keys.add(key));
  }
  return [...keys].filter((key) => !LEFT_OUT.has(key));
}

/**
 * One row per config key of any run, in the order the configs list them. A key
 * differs when two readable configs disagree on it, a key missing from one counting
 * as a difference; a run whose config could not be read has null everywhere and
 * takes no part.
 */
export function diffConfigs(configs: readonly (FlatConfig | null)[]): CompareConfigRow[] {
  const readable = configs.filter((config): config is FlatConfig => config !== null);

  return keysInOrder(configs).map((key) => {
    const values = configs.map((config) => (config ? (config[key] ?? null) : null));
    const seen = new Set(readable.map((config) => config[key] ?? null));
    return { key, values, differs: seen.size > 1 };
  });
}
