"""What the reference variants share: IDX files, options, report lines, the result."""

import argparse
import gzip
import json
import os
import time

import numpy as np

REPORT_EVERY = 500
RESULT_PREFIX = 'BENCH_RESULT '
IDX_SUFFIXES = {'images': 'images-idx3-ubyte', 'labels': 'labels-idx1-ubyte'}
IDX_DTYPES = {0x08: np.uint8, 0x09: np.int8, 0x0B: '>i2', 0x0C: '>i4', 0x0D: '>f4'}


def parse_args(description):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument('--data-dir', default='/usr/share/datasets/fashion-mnist')
    parser.add_argument('--epochs', type=int, default=5)
    parser.add_argument('--seed', type=int, default=42)
    return parser.parse_args()


def idx_path(data_dir, split, kind):
    prefix = 'train' if split == 'train' else 't10k'
    name = f'{prefix}-{IDX_SUFFIXES[kind]}'
    plain = os.path.join(data_dir, name)
    return plain if os.path.exists(plain) else plain + '.gz'


def read_idx(path):
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rb') as file:
        raw = file.read()

    dtype, ndim = IDX_DTYPES[raw[2]], raw[3]
    shape = tuple(int.from_bytes(raw[4 + 4 * i : 8 + 4 * i], 'big') for i in range(ndim))
    return np.frombuffer(raw, dtype=dtype, offset=4 + 4 * ndim).reshape(shape)


def load_split(data_dir, split):
    """Images as float32 rows of 784 pixels in [0, 1], labels as int64."""
    images = read_idx(idx_path(data_dir, split, 'images'))
    labels = read_idx(idx_path(data_dir, split, 'labels'))
    pixels = images.reshape(len(images), -1).astype(np.float32) / np.float32(255)
    return pixels, labels.astype(np.int64)


class Report:
    """Prints the reference lines and times each epoch's training and evaluation."""

    def __init__(self):
        self.epochs = []
        self.started = time.perf_counter()
        self.epoch_started = self.started
        self.eval_started = self.started
        self.losses_sum = 0.0

    def start_epoch(self, epoch):
        print(f'Starting epoch {epoch + 1}', flush=True)
        self.epoch_started = time.perf_counter()
        self.losses_sum = 0.0

    def add_loss(self, batch, loss):
        self.losses_sum += loss
        if batch % REPORT_EVERY == REPORT_EVERY - 1:
            mean = self.losses_sum / REPORT_EVERY
            print('Loss after mini-batch %5d: %.3f' % (batch + 1, mean), flush=True)
            self.losses_sum = 0.0

    def end_training(self):
        self.eval_started = time.perf_counter()

    def end_epoch(self, val_loss, val_accuracy):
        now = time.perf_counter()
        self.epochs.append(
            {
                'seconds': now - self.epoch_started,
                'trainSeconds': self.eval_started - self.epoch_started,
                'evalSeconds': now - self.eval_started,
                'valLoss': val_loss,
                'valAccuracy': val_accuracy,
            }
        )

    def finish(self, steps, details):
        print('Training process has finished.', flush=True)
        result = {
            'epochs': self.epochs,
            'steps': steps,
            'trainingSeconds': time.perf_counter() - self.started,
            'finalValAccuracy': self.epochs[-1]['valAccuracy'] if self.epochs else None,
            'details': details,
        }
        print(RESULT_PREFIX + json.dumps(result), flush=True)


def blas_kind(path):
    for marker, kind in (('openblas', 'openblas'), ('mkl', 'mkl'), ('blis', 'blis')):
        if marker in path:
            return kind
    return 'reference' if '/blas/' in path else 'unknown'


def loaded_blas():
    """The BLAS this process mapped: threadpoolctl's view, else the path in /proc."""
    try:
        from threadpoolctl import threadpool_info

        blas = [info for info in threadpool_info() if info.get('user_api') == 'blas']
        if blas:
            return blas
    except ImportError:
        pass

    with open('/proc/self/maps') as maps:
        paths = {line.split()[-1] for line in maps if 'blas' in line.lower()}
    paths = {os.path.realpath(path) for path in paths}
    return [{'internal_api': blas_kind(path), 'filepath': path} for path in sorted(paths)]
