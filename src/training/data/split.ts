/** One half of a dataset: `count` images of `rows x cols` bytes and their classes. */
export interface Split {
  images: Uint8Array;
  labels: Uint8Array;
  count: number;
  rows: number;
  cols: number;
}

export interface DatasetSplits {
  train: Split;
  test: Split;
  /** Where the files were read from, for the log and the run record. */
  source: string;
}

/** The first `limit` items of a split; no copy when the limit keeps them all. */
export function limitSplit(split: Split, limit: number | null): Split {
  if (limit === null || limit >= split.count) {
    return split;
  }
  const count = Math.max(0, Math.floor(limit));
  return {
    ...split,
    images: split.images.slice(0, count * split.rows * split.cols),
    labels: split.labels.slice(0, count),
    count,
  };
}
