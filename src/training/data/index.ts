export {
  DEBIAN_FASHION_MNIST_DIR,
  IDX_FILES,
  PUBLIC_MIRRORS,
  type IdxFileName,
  type MirrorSet,
} from './catalog';
export { DatasetError } from './datasetError';
export { downloadIdxFiles, type DownloadOptions, type DownloadResult } from './download';
export {
  isGzip,
  parseIdxImages,
  parseIdxLabels,
  readIdxImages,
  readIdxLabels,
  type IdxImages,
} from './idx';
export { loadDataset, type LoadDatasetOptions } from './loadDataset';
export { findBundledSampleDir } from './sampleDir';
export { limitSplit, type DatasetSplits, type Split } from './split';
