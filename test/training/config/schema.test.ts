import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  configJsonSchema,
  configJsonSchemaText,
} from '../../../src/training/config/jsonSchema';
import type { SchemaConfig } from '../../../src/training/config/schema';
import type { TrainConfig } from '../../../src/training/config/types';
import { validateConfigText } from '../../../src/training/config/validate';
import { configToPlainObject } from '../../../src/training/config/flatten';

type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

const schemaDescribesTrainConfig: Same<SchemaConfig, TrainConfig> = true;

type JsonObject = Record<string, unknown>;

function subSchemas(schema: JsonObject): JsonObject[] {
  const properties = (schema.properties ?? {}) as Record<string, JsonObject>;
  return [schema, ...Object.values(properties).flatMap(subSchemas)];
}

describe('the config schema', () => {
  it('describes exactly the TrainConfig type', () => {
    assert.equal(schemaDescribesTrainConfig, true);
  });

  it('is written to schemas/trainboard-config.schema.json as currently generated', () => {
    const path = resolve(__dirname, '../../../schemas/trainboard-config.schema.json');

    assert.equal(
      readFileSync(path, 'utf8'),
      configJsonSchemaText(),
      'the schema file is stale: run `npx tsx scripts/write-schema.ts`',
    );
  });

  it('is a draft-07 JSON Schema that allows no unknown keys at any level', () => {
    const schema = configJsonSchema();
    const objects = subSchemas(schema).filter((node) => 'properties' in node);

    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(objects.length, 5);
    for (const node of objects) {
      assert.equal(node.additionalProperties, false);
    }
  });

  it('gives every key a description', () => {
    for (const node of subSchemas(configJsonSchema())) {
      assert.equal(typeof node.description, 'string');
    }
  });

  it('has the same defaults as the validator', () => {
    const defaults = configToPlainObject(validateConfigText('', '/exp/c.yaml').config!);
    const fromSchema = (schema: JsonObject): unknown =>
      'properties' in schema
        ? Object.fromEntries(
            Object.entries(schema.properties as Record<string, JsonObject>).map(
              ([key, child]) => [key, fromSchema(child)],
            ),
          )
        : schema.default;

    const data = defaults.data as JsonObject;
    assert.deepEqual(fromSchema(configJsonSchema()), {
      ...defaults,
      name: undefined,
      data: { ...data, dir: 'data' },
    });
  });

  it('lists the allowed values of each choice', () => {
    const properties = configJsonSchema().properties as Record<string, JsonObject>;

    assert.deepEqual(properties.backend!.enum, ['auto', 'tensorflow', 'wasm', 'cpu']);
  });
});
