/** Colours and font for canvas drawing, which cannot read CSS variables itself. */
export interface ChartTheme {
  muted: string;
  grid: string;
  font: string;
}

function cssVariable(style: CSSStyleDeclaration, name: string, fallback: string): string {
  const value = style.getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

export function readChartTheme(): ChartTheme {
  const style = getComputedStyle(document.body);
  const family = cssVariable(style, '--vscode-font-family', 'sans-serif');
  const size = cssVariable(style, '--vscode-font-size', '12px');

  return {
    muted: cssVariable(style, '--vscode-descriptionForeground', '#999999'),
    grid: cssVariable(style, '--vscode-editorWidget-border', 'rgba(128, 128, 128, 0.35)'),
    font: `${size} ${family}`,
  };
}
