import { CONFIG_SCHEMA } from './schema';
import type { Field, NumberField } from './schemaTypes';

type JsonSchema = Record<string, unknown>;

/** The config schema as a JSON Schema (draft-07), for YAML editor completion and hover. */
export function configJsonSchema(): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Trainboard config',
    ...fieldSchema(CONFIG_SCHEMA, true),
  };
}

/** The exact text of `schemas/trainboard-config.schema.json`. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}

function fieldSchema(field: Field, topLevel = false): JsonSchema {
  const base = { description: field.description };
  switch (field.kind) {
    case 'section':
      return {
        ...base,
        type: topLevel ? 'object' : ['object', 'null'],
        properties: Object.fromEntries(
          Object.entries(field.fields).map(([key, child]) => [key, fieldSchema(child)]),
        ),
        additionalProperties: false,
      };
    case 'integer':
      return {
        ...base,
        type: field.nullable ? ['integer', 'null'] : 'integer',
        minimum: field.min,
        default: field.default,
      };
    case 'number':
      return { ...base, type: 'number', ...numberBounds(field), default: field.default };
    case 'boolean':
      return { ...base, type: 'boolean', default: field.default };
    case 'name':
      return { ...base, type: 'string', pattern: '\\S' };
    case 'path':
      return { ...base, type: 'string', pattern: '\\S', default: field.default };
    case 'enum':
      return { ...base, type: 'string', enum: field.values, default: field.default };
    case 'integerList':
      return {
        ...base,
        type: 'array',
        items: { type: 'integer', minimum: field.itemMin },
        minItems: 1,
        default: field.default,
      };
  }
}

function numberBounds(field: NumberField): JsonSchema {
  const bounds: JsonSchema = {
    minimum: field.min,
    exclusiveMinimum: field.exclusiveMin,
    maximum: field.max,
    exclusiveMaximum: field.exclusiveMax,
  };
  return Object.fromEntries(
    Object.entries(bounds).filter(([, bound]) => bound !== undefined),
  );
}
