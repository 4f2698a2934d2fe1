import { isMap, isScalar } from 'yaml';
import type { Pair } from 'yaml';
import type { CheckContext, Place } from './checkContext';
import { checkLeaf } from './checkLeaf';
import { defaultValue } from './defaults';
import { describeNode } from './describe';
import type { SourceSpan } from './issueCollector';
import { toCamelCase } from './naming';
import { INVALID, resolveNode, spanOf } from './nodes';
import type { Field, SectionField } from './schemaTypes';
import { closestMatch } from './suggest';

/**
 * Checks a mapping against its section of the schema and returns the section's
 * value with defaults filled in; every problem found is reported on the way.
 */
export function checkSection(
  section: SectionField,
  node: unknown,
  place: Place,
  ctx: CheckContext,
): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  const seen = new Map<string, SourceSpan>();

  if (isMap(node)) {
    for (const pair of node.items) {
      checkPair(section, pair, place, seen, value, ctx);
    }
  } else if (!isEmpty(node) && node !== INVALID) {
    reportNotAMapping(section, node, place, ctx);
  }

  for (const [key, field] of Object.entries(section.fields)) {
    const name = toCamelCase(key);
    if (!(name in value)) {
      value[name] = defaultValue(field, ctx);
    }
  }

  warnAboutUnusedKeys(section, seen, value, place, ctx);
  return value;
}

function checkPair(
  section: SectionField,
  pair: Pair<unknown, unknown>,
  parent: Place,
  seen: Map<string, SourceSpan>,
  value: Record<string, unknown>,
  ctx: CheckContext,
): void {
  const keySpan = spanOf(pair.key) ?? spanOf(pair.value) ?? parent.span;
  const key = isScalar(pair.key) ? pair.key.value : undefined;
  if (typeof key !== 'string' && typeof key !== 'number') {
    const example = Object.keys(section.fields)[0];
    ctx.issues.error(
      `keys must be plain names such as ${example}`,
      parent.keyPath,
      keySpan,
    );
    return;
  }

  const name = String(key);
  const keyPath = parent.keyPath === '' ? name : `${parent.keyPath}.${name}`;
  const earlier = seen.get(name);
  if (earlier !== undefined) {
    const line = ctx.issues.lineOf(earlier[0]);
    ctx.issues.error(
      `duplicate key \`${name}\`, already set on line ${line}. Remove one of them.`,
      keyPath,
      keySpan,
    );
    return;
  }
  seen.set(name, keySpan);

  const field = fieldOf(section, name);
  if (field === undefined) {
    reportUnknownKey(section, name, { keyPath, span: keySpan }, parent, ctx);
    return;
  }

  const place = { keyPath, span: spanOf(pair.value) ?? keySpan };
  const node = resolveNode(pair.value, place, ctx);
  const checked =
    field.kind === 'section'
      ? checkSection(field, node, place, ctx)
      : node === INVALID
        ? INVALID
        : checkLeaf(field, node, place, ctx);
  if (checked !== INVALID) {
    value[toCamelCase(name)] = checked;
  }
}

/** An empty file, or a section written as `model:` with nothing under it yet. */
function isEmpty(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

function fieldOf(section: SectionField, name: string): Field | undefined {
  return Object.hasOwn(section.fields, name) ? section.fields[name] : undefined;
}

function reportUnknownKey(
  section: SectionField,
  name: string,
  place: Place,
  parent: Place,
  ctx: CheckContext,
): void {
  const keys = Object.keys(section.fields);
  const where = parent.keyPath === '' ? 'at the top level' : `in ${parent.keyPath}`;
  const meant = closestMatch(name, keys);
  const message =
    meant === undefined
      ? `unknown key \`${name}\` ${where}. Valid keys: ${keys.join(', ')}.`
      : `unknown key \`${name}\` ${where}. Did you mean \`${meant}\`?`;
  ctx.issues.error(message, place.keyPath, place.span, meant);
}

function reportNotAMapping(
  section: SectionField,
  node: unknown,
  place: Place,
  ctx: CheckContext,
): void {
  const keys = Object.keys(section.fields).join(', ');
  const what = place.keyPath === '' ? 'the config' : place.keyPath;
  ctx.issues.error(
    `expected ${what} to be a mapping of keys (${keys}), got ${describeNode(node)}`,
    place.keyPath,
    place.span,
  );
}

function warnAboutUnusedKeys(
  section: SectionField,
  seen: Map<string, SourceSpan>,
  value: Record<string, unknown>,
  parent: Place,
  ctx: CheckContext,
): void {
  for (const [name, span] of seen) {
    const condition = fieldOf(section, name)?.usedOnlyWhen;
    const actual = condition && value[toCamelCase(condition.key)];
    if (condition === undefined || actual === condition.equals) {
      continue;
    }
    const keyPath = parent.keyPath === '' ? name : `${parent.keyPath}.${name}`;
    ctx.issues.warning(
      `\`${name}\` only has an effect when ${condition.key} is ${condition.equals}; ` +
        `it is ignored with ${String(actual)}.`,
      keyPath,
      span,
    );
  }
}
