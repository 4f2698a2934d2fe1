import { CONFIG_SCHEMA } from './schema';

const MARKER_KEYS = new Set(['model', 'training', 'data']);
const TOP_LEVEL_KEY =
  /^(?:"([^"\n]*)"|'([^'\n]*)'|([A-Za-z_][\w-]*))[ \t]*:(?=[ \t]|\r?$)/gm;

/**
 * Cheaply tells whether YAML text is meant as a Trainboard config: it has a top-level
 * `model`, `training` or `data` key, and at least half of its top-level keys are config
 * keys (so a Kubernetes ConfigMap with its own `data:` is left alone).
 */
export function looksLikeTrainboardConfig(text: string): boolean {
  let keys = 0;
  let known = 0;
  let marked = false;

  for (const match of text.matchAll(TOP_LEVEL_KEY)) {
    const key = match[1] ?? match[2] ?? match[3] ?? '';
    keys += 1;
    if (Object.hasOwn(CONFIG_SCHEMA.fields, key)) {
      known += 1;
    }
    marked ||= MARKER_KEYS.has(key);
  }

  return marked && known * 2 >= keys;
}
