const camelCaseNames = new Map<string, string>();

/** `batch_size` -> `batchSize`, matching how TrainConfig names YAML keys. */
export function toCamelCase(snake: string): string {
  let camel = camelCaseNames.get(snake);
  if (camel === undefined) {
    camel = snake.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
    camelCaseNames.set(snake, camel);
  }
  return camel;
}

/** Folds `batchSize`, `Batch-Size` and `batch_size` into one spelling for comparison. */
export function normalizeName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-\s]+/g, '_')
    .toLowerCase();
}
