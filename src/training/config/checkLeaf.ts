import { resolve } from 'node:path';
import { isScalar, isSeq } from 'yaml';
import type { CheckContext, Place } from './checkContext';
import { describeNode, expectedPhrase } from './describe';
import { INVALID, resolveNode, spanOf } from './nodes';
import type {
  EnumField,
  IntegerField,
  IntegerListField,
  LeafField,
  NumberField,
} from './schemaTypes';
import { closestMatch } from './suggest';

interface Fix {
  hint: string;
  suggestion?: string;
}

const YAML_11_BOOLEANS: Readonly<Record<string, boolean>> = {
  yes: true,
  y: true,
  on: true,
  no: false,
  n: false,
  off: false,
};

/** What checking a scalar found: the accepted value, or how to fix a rejected one. */
type Verdict = { value: unknown } | { fix?: Fix | undefined };

/** The checked value of a leaf key, or INVALID after reporting why it is wrong. */
export function checkLeaf(
  field: LeafField,
  node: unknown,
  place: Place,
  ctx: CheckContext,
): unknown {
  if (field.kind === 'integerList') {
    return checkIntegerList(field, node, place, ctx);
  }

  const verdict = checkScalar(field, node, ctx.configDir);
  return 'value' in verdict
    ? verdict.value
    : reject(field, node, place, ctx, verdict.fix);
}

function checkScalar(
  field: Exclude<LeafField, IntegerListField>,
  node: unknown,
  configDir: string,
): Verdict {
  const value = isScalar(node) ? node.value : node;
  switch (field.kind) {
    case 'integer':
      return checkInteger(field, value);
    case 'number':
      return isNumberInRange(field, value)
        ? { value }
        : { fix: quotedNumberFix(value, (n) => isNumberInRange(field, n)) };
    case 'boolean':
      return typeof value === 'boolean' ? { value } : { fix: booleanFix(value) };
    case 'name':
      return isFilledString(value) ? { value } : { fix: nameFix(node) };
    case 'path':
      return isFilledString(value) ? { value: resolve(configDir, value) } : {};
    case 'enum':
      return typeof value === 'string' && field.values.includes(value)
        ? { value }
        : { fix: enumFix(field, value) };
  }
}

function checkInteger(field: IntegerField, value: unknown): Verdict {
  if (isInteger(field, value) || (field.nullable && value === null)) {
    return { value };
  }
  return { fix: quotedNumberFix(value, (n) => isInteger(field, n)) };
}

function reject(
  field: LeafField,
  node: unknown,
  place: Place,
  ctx: CheckContext,
  fix?: Fix,
): typeof INVALID {
  const got =
    isSeq(node) && node.items.length === 0 ? 'an empty list' : describeNode(node);
  const message = `expected ${expectedPhrase(field)}, got ${got}`;
  ctx.issues.error(
    fix ? `${message}. ${fix.hint}` : message,
    place.keyPath,
    place.span,
    fix?.suggestion,
  );
  return INVALID;
}

function isInteger(field: { min: number }, value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= field.min;
}

function isNumberInRange(field: NumberField, value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return false;
  }
  return (
    (field.min === undefined || value >= field.min) &&
    (field.exclusiveMin === undefined || value > field.exclusiveMin) &&
    (field.max === undefined || value <= field.max) &&
    (field.exclusiveMax === undefined || value < field.exclusiveMax)
  );
}

function isFilledString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function quotedNumberFix(
  value: unknown,
  accepts: (n: number) => boolean,
): Fix | undefined {
  if (typeof value !== 'string' || value.trim() === '') {
    return undefined;
  }
  const unquoted = value.trim();
  return accepts(Number(unquoted))
    ? { hint: 'Remove the quotes to write a number.', suggestion: unquoted }
    : undefined;
}

function booleanFix(value: unknown): Fix | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const text = value.trim().toLowerCase();
  const meant =
    text === 'true' || text === 'false' ? text === 'true' : YAML_11_BOOLEANS[text];
  if (meant === undefined) {
    return undefined;
  }
  return {
    hint: `Write ${meant} without quotes; YAML reads "${value}" as text.`,
    suggestion: String(meant),
  };
}

function nameFix(node: unknown): Fix | undefined {
  if (!isScalar(node) || node.value === null || typeof node.value === 'string') {
    return undefined;
  }
  const text = node.source ?? String(node.value);
  return {
    hint: 'Put it in quotes to use it as a name.',
    suggestion: JSON.stringify(text),
  };
}

function enumFix(field: EnumField, value: unknown): Fix | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const meant = closestMatch(value, field.values);
  return meant === undefined
    ? undefined
    : { hint: `Did you mean \`${meant}\`?`, suggestion: meant };
}

function checkIntegerList(
  field: IntegerListField,
  node: unknown,
  place: Place,
  ctx: CheckContext,
): unknown {
  if (isScalar(node) && isInteger({ min: field.itemMin }, node.value)) {
    const text = node.source ?? String(node.value);
    return reject(field, node, place, ctx, {
      hint: `Write a list, such as [${text}].`,
      suggestion: `[${text}]`,
    });
  }
  if (!isSeq(node) || node.items.length === 0) {
    return reject(field, node, place, ctx);
  }

  const item: IntegerField = {
    ...field,
    kind: 'integer',
    min: field.itemMin,
    default: null,
  };
  const values: number[] = [];
  node.items.forEach((entry, index) => {
    const itemPlace = {
      keyPath: `${place.keyPath}[${index}]`,
      span: spanOf(entry) ?? place.span,
    };
    const resolved = resolveNode(entry, itemPlace, ctx);
    if (resolved === INVALID) {
      return;
    }
    const checked = checkLeaf(item, resolved, itemPlace, ctx);
    if (typeof checked === 'number') {
      values.push(checked);
    }
  });
  return values.length === node.items.length ? values : INVALID;
}
