import {
  DATASET_TITLES,
  DEBIAN_FASHION_MNIST_DIR,
  type IdxFileName,
  type MirrorSet,
  type RemoteDatasetName,
} from './catalog';
import { DatasetError } from './datasetError';

export interface MissingFiles {
  dataset: RemoteDatasetName;
  dir: string;
  missing: readonly IdxFileName[];
  mirrors: MirrorSet;
  /** Why each mirror failed for each file, when a download was attempted. */
  failures?: Partial<Record<IdxFileName, string[]>>;
}

function indent(lines: readonly string[]): string[] {
  return lines.map((line) => `  ${line}`);
}

function whatToDo(input: MissingFiles, urls: readonly string[]): string[] {
  if (!input.failures) {
    return [
      'Put them in that folder (gzipped or not), or set `download: true` under `data` ' +
        'in the config to fetch them automatically from:',
      ...indent(urls),
    ];
  }
  const reasons = input.missing.flatMap((name) => input.failures?.[name] ?? []);
  return [
    'Downloading them failed:',
    ...indent(reasons),
    'Check the network, or fetch them from those addresses into that folder yourself ' +
      '(gzipped or not).',
  ];
}

/** The one error for files that are neither on disk nor downloadable. */
export function missingFilesError(input: MissingFiles): DatasetError {
  const title = DATASET_TITLES[input.dataset];
  const count = input.missing.length === 1 ? '1 file' : `${input.missing.length} files`;
  const urls = input.missing.flatMap((name) =>
    input.mirrors.urls.map((base) => `${base}${name}.gz`),
  );

  const lines = [
    `${title} is missing ${count} in ${input.dir}:`,
    ...indent(input.missing.map((name) => `${name} (or ${name}.gz)`)),
    ...whatToDo(input, urls),
  ];
  if (input.dataset === 'fashion-mnist') {
    lines.push(
      'On Debian or Ubuntu, `sudo apt-get install dataset-fashion-mnist` puts them in ' +
        `${DEBIAN_FASHION_MNIST_DIR}, where Trainboard finds them without a download.`,
    );
  }
  return new DatasetError(lines.join('\n'));
}
