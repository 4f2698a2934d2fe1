import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configJsonSchemaText } from '../src/training/config/jsonSchema';

const target = join(__dirname, '..', 'schemas', 'trainboard-config.schema.json');
writeFileSync(target, configJsonSchemaText());
console.log(`wrote ${target}`);
