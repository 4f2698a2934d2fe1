/**
 * The only module that knows the web components come from
 * @vscode/webview-ui-toolkit; the rest of the panel asks for elements here.
 */

let defined: Promise<void> | null = null;

/** Registers the custom elements; elements made earlier upgrade once it resolves. */
export function defineToolkit(): Promise<void> {
  defined ??= import('@vscode/webview-ui-toolkit').then((toolkit) => {
    toolkit
      .provideVSCodeDesignSystem()
      .register(
        toolkit.vsCodeButton(),
        toolkit.vsCodeCheckbox(),
        toolkit.vsCodeProgressRing(),
      );
  });
  return defined;
}

export type ButtonAppearance = 'primary' | 'secondary';

export function button(
  label: string,
  onClick: () => void,
  options: { ariaLabel?: string; appearance?: ButtonAppearance } = {},
): HTMLElement {
  const element = document.createElement('vscode-button');
  element.textContent = label;
  element.setAttribute('appearance', options.appearance ?? 'secondary');
  if (options.ariaLabel) {
    element.setAttribute('aria-label', options.ariaLabel);
  }
  element.addEventListener('click', onClick);
  return element;
}

export function checkbox(
  label: string,
  checked: boolean,
  onChange: (checked: boolean) => void,
): HTMLElement {
  const element = document.createElement('vscode-checkbox') as HTMLElement & {
    checked: boolean;
  };
  element.textContent = label;
  element.checked = checked;
  element.toggleAttribute('checked', checked);
  element.addEventListener('change', () => onChange(element.checked));
  return element;
}

/**
 * Looks like the toolkit's tag, but is a plain element: the toolkit's tag
 * template binds a style attribute, which the panel's CSP (no unsafe-inline) blocks.
 */
export function tag(text: string): HTMLElement {
  const element = document.createElement('span');
  element.className = 'tag';
  element.textContent = text;
  return element;
}

export function progressRing(ariaLabel: string): HTMLElement {
  const element = document.createElement('vscode-progress-ring');
  element.setAttribute('aria-label', ariaLabel);
  return element;
}
