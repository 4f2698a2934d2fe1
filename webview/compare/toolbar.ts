import { X_AXES, Y_SCALES, type ViewOptions } from './viewOptions';

export interface ToolbarHandlers {
  change(options: Partial<ViewOptions>): void;
}

function labelled(text: string, control: HTMLElement): HTMLElement {
  const label = document.createElement('label');
  label.className = 'control';
  label.append(text, control);
  return label;
}

function select<T extends string>(
  choices: readonly T[],
  value: T,
  onChange: (value: T) => void,
): HTMLSelectElement {
  const element = document.createElement('select');
  for (const choice of choices) {
    element.append(new Option(choice, choice, false, choice === value));
  }
  element.addEventListener('change', () => {
    const picked = choices.find((choice) => choice === element.value);
    if (picked) {
      onChange(picked);
    }
  });
  return element;
}

/** The x axis, the loss charts' y scale and whether every config key shows. */
export function toolbar(options: ViewOptions, handlers: ToolbarHandlers): HTMLElement {
  const showAll = document.createElement('input');
  showAll.type = 'checkbox';
  showAll.checked = options.showAllConfig;
  showAll.addEventListener('change', () =>
    handlers.change({ showAllConfig: showAll.checked }),
  );

  const bar = document.createElement('div');
  bar.className = 'toolbar';
  bar.append(
    labelled(
      'x axis',
      select(X_AXES, options.xAxis, (xAxis) => handlers.change({ xAxis })),
    ),
    labelled(
      'loss scale',
      select(Y_SCALES, options.yScale, (yScale) => handlers.change({ yScale })),
    ),
    labelled('show every config key', showAll),
  );
  return bar;
}
