import { CONFIG_SCHEMA } from './schema';
import type { SectionField } from './schemaTypes';
import { toCamelCase } from './naming';
import type { TrainConfig } from './types';

export type FlatConfigValue = string | number | boolean;

/** The config as nested snake_case keys, the way it is written in YAML. */
export function configToPlainObject(config: TrainConfig): Record<string, unknown> {
  return plainSection(CONFIG_SCHEMA, config);
}

/**
 * One entry per setting, keyed by its YAML key path (`training.batch_size`), so two
 * runs' configs can be compared key by key. Lists and null read as they do in YAML.
 */
export function flattenConfig(config: TrainConfig): Record<string, FlatConfigValue> {
  const flat: Record<string, FlatConfigValue> = {};
  flattenSection(CONFIG_SCHEMA, config, '', flat);
  return flat;
}

function plainSection(section: SectionField, value: unknown): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(section.fields)) {
    const child = readKey(value, toCamelCase(key));
    if (field.kind === 'section') {
      plain[key] = plainSection(field, child);
    } else {
      plain[key] = Array.isArray(child) ? [...(child as unknown[])] : child;
    }
  }
  return plain;
}

function flattenSection(
  section: SectionField,
  value: unknown,
  prefix: string,
  flat: Record<string, FlatConfigValue>,
): void {
  for (const [key, field] of Object.entries(section.fields)) {
    const child = readKey(value, toCamelCase(key));
    const keyPath = `${prefix}${key}`;
    if (field.kind === 'section') {
      flattenSection(field, child, `${keyPath}.`, flat);
    } else {
      flat[keyPath] = flatValue(child);
    }
  }
}

function flatValue(value: unknown): FlatConfigValue {
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  ) {
    return value;
  }
  return Array.isArray(value) ? `[${value.join(', ')}]` : 'null';
}

function readKey(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
