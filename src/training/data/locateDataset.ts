import type { DataConfig } from '../config/types';
import {
  DATASET_TITLES,
  DEBIAN_FASHION_MNIST_DIR,
  PUBLIC_MIRRORS,
  type IdxFileName,
  type MirrorSet,
  type RemoteDatasetName,
} from './catalog';
import { DatasetError } from './datasetError';
import { downloadIdxFiles } from './download';
import { findIdxFiles, isComplete } from './findIdxFiles';
import { REDOWNLOAD_HINT } from './idx';
import { missingFilesError } from './missingFilesError';

export interface LocateOptions {
  /** The folder holding the four gzipped files of `mnist-sample`. */
  sampleDir: string;
  /** Replaces the dataset's public mirrors and checksums. */
  mirrors?: MirrorSet;
  /** Where apt's `dataset-fashion-mnist` puts its files; null never looks there. */
  debianDir?: string | null;
  /** Give up on a mirror that sends nothing for this long; the default is 30 s. */
  timeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocatedDataset {
  paths: Record<IdxFileName, string>;
  source: string;
  /** What to tell the user to do when a file turns out to be corrupt. */
  hint: string;
}

const SAMPLE_HINT = 'Delete it and run `npm run build` to create it again.';

async function locateSample(sampleDir: string): Promise<LocatedDataset> {
  const folder = await findIdxFiles(sampleDir);
  if (!isComplete(folder)) {
    throw new DatasetError(
      `The bundled MNIST sample is missing ${folder.missing.join(', ')} in ` +
        `${sampleDir}. Run \`npm run build\` to create it.`,
    );
  }
  return { paths: folder.found, source: sampleDir, hint: SAMPLE_HINT };
}

async function findDebianFashionMnist(
  dir: string,
  options: LocateOptions,
): Promise<LocatedDataset | null> {
  const debianDir =
    options.debianDir === undefined ? DEBIAN_FASHION_MNIST_DIR : options.debianDir;
  if (debianDir === null) {
    return null;
  }
  const folder = await findIdxFiles(debianDir);
  if (!isComplete(folder)) {
    return null;
  }

  options.log?.(
    `Using Fashion-MNIST from ${debianDir} (Debian package dataset-fashion-mnist) ` +
      `because ${dir} does not have all four files.`,
  );
  const hint =
    'Reinstall it with `sudo apt-get install --reinstall dataset-fashion-mnist`.';
  return { paths: folder.found, source: debianDir, hint };
}

async function downloadMissing(
  dataset: RemoteDatasetName,
  dir: string,
  missing: readonly IdxFileName[],
  options: LocateOptions,
): Promise<LocatedDataset> {
  const mirrors = options.mirrors ?? PUBLIC_MIRRORS[dataset];
  options.log?.(
    `Downloading ${missing.length} ${DATASET_TITLES[dataset]} file(s) into ${dir}`,
  );
  const result = await downloadIdxFiles(missing, dir, mirrors, options);

  const failed = missing.filter((name) => result.failed[name]);
  if (failed.length > 0) {
    throw missingFilesError({
      dataset,
      dir,
      missing: failed,
      mirrors,
      failures: result.failed,
    });
  }
  const folder = await findIdxFiles(dir);
  if (!isComplete(folder)) {
    throw missingFilesError({ dataset, dir, missing: folder.missing, mirrors });
  }
  const from = [...new Set(Object.values(result.downloaded))].join(', ');
  return {
    paths: folder.found,
    source: `${dir} (downloaded from ${from})`,
    hint: REDOWNLOAD_HINT,
  };
}

/**
 * Finds the four IDX files of a dataset: in `data.dir`, else (for Fashion-MNIST) in the
 * Debian package's folder, else by downloading what is missing when allowed.
 */
export async function locateDataset(
  data: DataConfig,
  options: LocateOptions,
): Promise<LocatedDataset> {
  if (data.dataset === 'mnist-sample') {
    return locateSample(options.sampleDir);
  }

  const folder = await findIdxFiles(data.dir);
  if (isComplete(folder)) {
    return { paths: folder.found, source: data.dir, hint: REDOWNLOAD_HINT };
  }
  if (data.dataset === 'fashion-mnist') {
    const debian = await findDebianFashionMnist(data.dir, options);
    if (debian) {
      return debian;
    }
  }

  if (!data.download) {
    const mirrors = options.mirrors ?? PUBLIC_MIRRORS[data.dataset];
    throw missingFilesError({
      dataset: data.dataset,
      dir: data.dir,
      missing: folder.missing,
      mirrors,
    });
  }
  return downloadMissing(data.dataset, data.dir, folder.missing, options);
}
