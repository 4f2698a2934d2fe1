export const X_AXES = ['step', 'epoch', 'time'] as const;
export type XAxis = (typeof X_AXES)[number];

export const Y_SCALES = ['linear', 'log'] as const;
export type YScale = (typeof Y_SCALES)[number];

/** What the view keeps across a hide or a window reload. */
export interface ViewOptions {
  runIds: string[];
  xAxis: XAxis;
  yScale: YScale;
  showAllConfig: boolean;
}

export function defaultViewOptions(): ViewOptions {
  return { runIds: [], xAxis: 'step', yScale: 'linear', showAllConfig: false };
}

function oneOf<T extends string>(choices: readonly T[], value: unknown, fallback: T): T {
  return choices.find((choice) => choice === value) ?? fallback;
}

/** Saved state is read field by field; anything unexpected takes its default. */
export function parseViewOptions(saved: unknown): ViewOptions {
  const options = defaultViewOptions();
  if (typeof saved !== 'object' || saved === null) {
    return options;
  }

  const fields = saved as Record<string, unknown>;
  const runIds = fields['runIds'];
  return {
    runIds: Array.isArray(runIds)
      ? runIds.filter((id): id is string => typeof id === 'string')
      : [],
    xAxis: oneOf(X_AXES, fields['xAxis'], options.xAxis),
    yScale: oneOf(Y_SCALES, fields['yScale'], options.yScale),
    showAllConfig: fields['showAllConfig'] === true,
  };
}
