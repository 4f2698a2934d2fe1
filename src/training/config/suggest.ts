import { normalizeName } from './naming';

/** Edits (insert, delete, substitute, swap neighbours) needed to turn `a` into `b`. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row.push(i === 0 ? j : 0);
    }
    rows.push(row);
  }

  for (let i = 1; i <= a.length; i++) {
    const row = rows[i]!;
    const above = rows[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      if (swapped) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      row[j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The candidate the user most likely meant, or undefined when none is close enough
 * that suggesting it would help rather than confuse.
 */
export function closestMatch(
  word: string,
  candidates: readonly string[],
): string | undefined {
  const typed = normalizeName(word);
  if (typed.length === 0 || typed.length > 64) {
    return undefined;
  }

  // Short words differ from each other by one letter (gpu, cpu), so they only match
  // when spelled the same apart from case and separators.
  const allowed = Math.min(3, Math.floor(typed.length / 4));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(typed, normalizeName(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined && bestDistance <= allowed) {
    return best;
  }

  return typed.length >= 4
    ? candidates.find((c) => normalizeName(c).startsWith(typed))
    : undefined;
}
