import { resolve } from 'node:path';
import type { Field } from './schemaTypes';
import { toCamelCase } from './naming';

/** The value a key takes when the config leaves it out. */
export function defaultValue(
  field: Field,
  context: { configDir: string; fileStem: string },
): unknown {
  switch (field.kind) {
    case 'section':
      return Object.fromEntries(
        Object.entries(field.fields).map(([key, child]) => [
          toCamelCase(key),
          defaultValue(child, context),
        ]),
      );
    case 'name':
      return context.fileStem;
    case 'path':
      return resolve(context.configDir, field.default);
    case 'integerList':
      return [...field.default];
    default:
      return field.default;
  }
}
