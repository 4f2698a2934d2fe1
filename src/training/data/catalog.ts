import type { DatasetName } from '../config/types';

export const IDX_FILES = {
  trainImages: 'train-images-idx3-ubyte',
  trainLabels: 'train-labels-idx1-ubyte',
  testImages: 't10k-images-idx3-ubyte',
  testLabels: 't10k-labels-idx1-ubyte',
} as const;

export type IdxRole = keyof typeof IDX_FILES;
export type IdxFileName = (typeof IDX_FILES)[IdxRole];

export const IDX_FILE_NAMES: readonly IdxFileName[] = Object.values(IDX_FILES);

export type RemoteDatasetName = Exclude<DatasetName, 'mnist-sample'>;

/** Where a dataset can be fetched from, and the MD5 of each gzipped file. */
export interface MirrorSet {
  /** Base URLs tried in order; a file is fetched from `${url}${fileName}.gz`. */
  urls: readonly string[];
  md5: Readonly<Record<IdxFileName, string>>;
}

export const PUBLIC_MIRRORS: Readonly<Record<RemoteDatasetName, MirrorSet>> = {
  mnist: {
    urls: [
      'https://ossci-datasets.s3.amazonaws.com/mnist/',
      'http://yann.lecun.com/exdb/mnist/',
    ],
    md5: {
      'train-images-idx3-ubyte': 'f68b3c2dcbeaaa9fbdd348bbdeb94873',
      'train-labels-idx1-ubyte': 'd53e105ee54ea40749a09fcbcd1e9432',
      't10k-images-idx3-ubyte': '9fb629c4189551a2d022fa330f9573f3',
      't10k-labels-idx1-ubyte': 'ec29112dd5afa0611ce80d1b7f02629c',
    },
  },
  'fashion-mnist': {
    urls: ['http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/'],
    md5: {
      'train-images-idx3-ubyte': '8d4fb7e6c68d591d4c3dfef9ec88bf0d',
      'train-labels-idx1-ubyte': '25c81989df183df01b3e8a0aad5dffbe',
      't10k-images-idx3-ubyte': 'bef4ecab320f06d8554ea6380940ec79',
      't10k-labels-idx1-ubyte': 'bb300cfdad3c16e7a12a480ee83cd310',
    },
  },
};

/** Where Debian's `dataset-fashion-mnist` package installs the gzipped files. */
export const DEBIAN_FASHION_MNIST_DIR = '/usr/share/datasets/fashion-mnist';

export const DATASET_TITLES: Readonly<Record<DatasetName, string>> = {
  mnist: 'MNIST',
  'fashion-mnist': 'Fashion-MNIST',
  'mnist-sample': 'the bundled MNIST sample',
};
