import type { CompareConfigValue } from '../../src/contract/compareMessages';
import { formatLoss, NO_VALUE } from '../../src/contract/displayFormat';

export function formatSigned(value: number | null): string {
  const text = formatLoss(value);
  return value !== null && value > 0 ? `+${text}` : text;
}

export function formatConfigValue(value: CompareConfigValue): string {
  return value === null ? NO_VALUE : String(value);
}
