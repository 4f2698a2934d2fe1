import type { Split } from '../data';

/** byte / 255 in float32, as PyTorch's ToTensor computes it. */
const PIXEL_VALUES = Float32Array.from({ length: 256 }, (_, byte) => byte / 255);

/**
 * Reusable buffers for one mini-batch, filled straight from the dataset's bytes. A
 * training batch also keeps its transpose, which the first layer's gradient needs.
 */
export class BatchBuffers {
  readonly pixels: Float32Array;
  readonly pixelsTransposed: Float32Array;
  readonly labels: Uint8Array;

  constructor(
    readonly rows: number,
    readonly features: number,
    readonly forTraining = true,
  ) {
    this.pixels = new Float32Array(rows * features);
    this.pixelsTransposed = new Float32Array(forTraining ? rows * features : 0);
    this.labels = new Uint8Array(rows);
  }

  fill(split: Split, order: Uint32Array, start: number): void {
    const { features, rows } = this;
    const withTransposed = this.forTraining;
    for (let row = 0; row < rows; row++) {
      const image = order[start + row]!;
      const offset = image * features;
      this.labels[row] = split.labels[image]!;
      for (let pixel = 0; pixel < features; pixel++) {
        const value = PIXEL_VALUES[split.images[offset + pixel]!]!;
        this.pixels[row * features + pixel] = value;
        if (withTransposed) {
          this.pixelsTransposed[pixel * rows + row] = value;
        }
      }
    }
  }
}

/** One set of buffers per batch size in use: the full size and perhaps a last, smaller one. */
export class BatchBufferCache {
  private readonly bySize = new Map<number, BatchBuffers>();

  constructor(
    private readonly features: number,
    private readonly forTraining: boolean,
  ) {}

  get(rows: number): BatchBuffers {
    let buffers = this.bySize.get(rows);
    if (!buffers) {
      buffers = new BatchBuffers(rows, this.features, this.forTraining);
      this.bySize.set(rows, buffers);
    }
    return buffers;
  }
}

export function featureCount(split: Split): number {
  return split.rows * split.cols;
}
