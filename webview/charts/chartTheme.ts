/** Colours and font for canvas drawing, which cannot read CSS variables itself. */
export interface ChartTheme {
  foreground: string;
  muted: string;
  grid: string;
  font: string;
}

function cssVariable(style: CSSStyleDeclaration, name: string, fallback: string): string {
  const value = style.getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

export function readChartTheme(element: HTMLElement = document.body): ChartTheme {
  const style = getComputedStyle(element);
  const family = cssVariable(style, '--vscode-font-family', 'sans-serif');
  const size = cssVariable(style, '--vscode-font-size', '12px');

  return {
    foreground: cssVariable(style, '--vscode-foreground', '#cccccc'),
    muted: cssVariable(style, '--vscode-descriptionForeground', '#999999'),
    grid: cssVariable(style, '--vscode-editorWidget-border', 'rgba(128, 128, 128, 0.35)'),
    font: `${size} ${family}`,
  };
}
