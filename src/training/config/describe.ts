import { isMap, isScalar, isSeq } from 'yaml';
import type { LeafField, NumberField } from './schemaTypes';

const MAX_SHOWN_LENGTH = 40;

/** What a field accepts, phrased to follow "expected". */
export function expectedPhrase(field: LeafField): string {
  switch (field.kind) {
    case 'integer': {
      const phrase = integerPhrase(field.min);
      return field.nullable ? `${phrase} or null` : phrase;
    }
    case 'number':
      return numberPhrase(field);
    case 'boolean':
      return 'true or false';
    case 'name':
      return 'a non-empty string';
    case 'path':
      return 'a folder path';
    case 'enum':
      return `one of ${field.values.join(', ')}`;
    case 'integerList':
      return `a non-empty list of ${integerPhrase(field.itemMin).replace(/^an? /, '')}s`;
  }
}

export function integerPhrase(min: number): string {
  if (min === 1) {
    return 'a positive integer';
  }
  return min === 0 ? 'a non-negative integer' : `an integer >= ${min}`;
}

function numberPhrase(field: NumberField): string {
  const bounds: string[] = [];
  if (field.min !== undefined) {
    bounds.push(`>= ${field.min}`);
  }
  if (field.exclusiveMin !== undefined) {
    bounds.push(`> ${field.exclusiveMin}`);
  }
  if (field.max !== undefined) {
    bounds.push(`<= ${field.max}`);
  }
  if (field.exclusiveMax !== undefined) {
    bounds.push(`< ${field.exclusiveMax}`);
  }
  if (bounds.length === 1 && bounds[0] === '> 0') {
    return 'a positive number';
  }
  return bounds.length === 0 ? 'a number' : `a number ${bounds.join(' and ')}`;
}

/** How a parsed YAML value reads in a message, e.g. `"ten"`, `0`, `a list`. */
export function describeNode(node: unknown): string {
  if (isMap(node)) {
    return 'a mapping';
  }
  if (isSeq(node)) {
    return 'a list';
  }
  if (!isScalar(node)) {
    return 'nothing';
  }

  const value = node.value;
  if (value === null) {
    return node.source ? node.source : 'nothing';
  }
  if (typeof value === 'string') {
    const shown =
      value.length > MAX_SHOWN_LENGTH ? `${value.slice(0, MAX_SHOWN_LENGTH)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number') {
    return node.source && node.source.length <= MAX_SHOWN_LENGTH
      ? node.source
      : String(value);
  }
  if (typeof value === 'boolean') {
    return String(value);
  }
  return node.tag
    ? `a ${node.tag.replace('tag:yaml.org,2002:', '!!')} value`
    : 'an unsupported value';
}
