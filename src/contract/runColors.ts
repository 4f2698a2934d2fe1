/**
 * Hues picked to stay apart from each other and readable on both light and
 * dark editor backgrounds.
 */
export const RUN_PALETTE: readonly string[] = [
  '#3b8eea',
  '#e5732a',
  '#2fa36b',
  '#d9434f',
  '#9467d8',
  '#b5892c',
  '#d660b0',
  '#1fa4b4',
  '#7f8c2d',
  '#8c6d62',
];

const GOLDEN_ANGLE = 137.508;

/** The colour of a run everywhere it appears; past the palette, hues keep spreading. */
export function runColor(colorIndex: number): string {
  const index = Math.max(0, Math.floor(colorIndex));
  const fixed = RUN_PALETTE[index];
  if (fixed !== undefined) {
    return fixed;
  }

  const hue = Math.round((index * GOLDEN_ANGLE) % 360);
  const lightness = 48 + ((index * 7) % 3) * 6;
  return `hsl(${hue}, 62%, ${lightness}%)`;
}
