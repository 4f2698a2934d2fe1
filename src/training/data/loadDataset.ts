import type { DataConfig } from '../config/types';
import { DATASET_TITLES, IDX_FILES } from './catalog';
import { DatasetError } from './datasetError';
import { readIdxImages, readIdxLabels } from './idx';
import { locateDataset, type LocatedDataset, type LocateOptions } from './locateDataset';
import { limitSplit, type DatasetSplits, type Split } from './split';

export type LoadDatasetOptions = LocateOptions;

async function readSplit(
  located: LocatedDataset,
  imagesName: keyof typeof IDX_FILES,
  labelsName: keyof typeof IDX_FILES,
): Promise<Split> {
  const imagesPath = located.paths[IDX_FILES[imagesName]];
  const labelsPath = located.paths[IDX_FILES[labelsName]];
  const [images, labels] = await Promise.all([
    readIdxImages(imagesPath, located.hint),
    readIdxLabels(labelsPath, located.hint),
  ]);

  if (images.count !== labels.length) {
    throw new DatasetError(
      `${imagesPath} holds ${images.count} images but ${labelsPath} holds ` +
        `${labels.length} labels, so the two files do not belong together. ` +
        `Replace both: ${located.hint}`,
    );
  }
  return { ...images, labels };
}

function checkSameShape(train: Split, test: Split, located: LocatedDataset): void {
  if (train.rows === test.rows && train.cols === test.cols) {
    return;
  }
  throw new DatasetError(
    `The training images in ${located.paths[IDX_FILES.trainImages]} are ` +
      `${train.rows}x${train.cols} but the test images in ` +
      `${located.paths[IDX_FILES.testImages]} are ${test.rows}x${test.cols}. ` +
      `Replace the files that do not belong: ${located.hint}`,
  );
}

/**
 * Reads a dataset's training and test splits as bytes, downloading the files first
 * when they are missing and the config allows it.
 */
export async function loadDataset(
  data: DataConfig,
  options: LoadDatasetOptions,
): Promise<DatasetSplits> {
  const started = performance.now();
  const located = await locateDataset(data, options);

  const [fullTrain, fullTest] = await Promise.all([
    readSplit(located, 'trainImages', 'trainLabels'),
    readSplit(located, 'testImages', 'testLabels'),
  ]);
  checkSameShape(fullTrain, fullTest, located);

  const train = limitSplit(fullTrain, data.trainLimit);
  const test = limitSplit(fullTest, data.testLimit);
  const ms = Math.round(performance.now() - started);
  options.log?.(
    `Loaded ${DATASET_TITLES[data.dataset]} from ${located.source}: ${train.count} ` +
      `training and ${test.count} test images of ${train.rows}x${train.cols} in ${ms} ms`,
  );
  return { train, test, source: located.source };
}
