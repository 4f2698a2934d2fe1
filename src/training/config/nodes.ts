import { isAlias, isMap, isScalar } from 'yaml';
import type { CheckContext, Place } from './checkContext';
import type { SourceSpan } from './issueCollector';

/** Marks a value that failed its check; its issue has already been reported. */
export const INVALID = Symbol('invalid');

/** The node itself, or for an alias (`*name`) the anchored node it points to. */
export function resolveNode(node: unknown, place: Place, ctx: CheckContext): unknown {
  if (!isAlias(node)) {
    return node;
  }

  const target = node.resolve(ctx.doc);
  if (target === undefined) {
    const name = node.source;
    ctx.issues.error(
      `alias \`*${name}\` has no anchor \`&${name}\` before it`,
      place.keyPath,
      place.span,
    );
    return INVALID;
  }
  return target;
}

/** The text a node covers, or undefined when it covers none (as in `epochs:`). */
export function spanOf(node: unknown): SourceSpan | undefined {
  if (typeof node !== 'object' || node === null || !('range' in node)) {
    return undefined;
  }
  const range = node.range;
  if (!Array.isArray(range) || typeof range[0] !== 'number') {
    return undefined;
  }
  const [start, end] = range as [number, number];
  return end > start ? [start, end] : undefined;
}

const MAX_DEPTH = 16;

/** The dotted key path of the innermost mapping entry around an offset. */
export function keyPathAt(root: unknown, offset: number): string {
  const keys: string[] = [];
  let node = root;
  while (isMap(node) && keys.length < MAX_DEPTH) {
    const pair = node.items.find((item) => {
      const start = spanOf(item.key)?.[0];
      const end = (spanOf(item.value) ?? spanOf(item.key))?.[1];
      return start !== undefined && end !== undefined && offset >= start && offset <= end;
    });
    if (pair === undefined || !isScalar(pair.key)) {
      break;
    }
    keys.push(String(pair.key.value));
    node = pair.value;
  }
  return keys.join('.');
}
