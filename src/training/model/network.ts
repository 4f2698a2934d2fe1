import { tf, type Tensor, type Tensor1D, type Tensor2D } from '../backend/tfjs';
import type { ModelConfig, OptimizerConfig } from '../config/types';
import type { BatchBuffers } from './batch';
import type { AdamState, TrainingOps } from './ops';
import { initialParameters, layerShapes, zerosLike, type LayerShape } from './parameters';
import type { SeededRandom } from './random';
import { countCorrect, softmaxCrossEntropy } from './softmaxCrossEntropy';

export const CLASSES = 10;

function keepAll(...groups: Tensor[][]): void {
  groups.forEach((tensors) => tensors.forEach((tensor) => tf.keep(tensor)));
}

interface ForwardPass {
  hiddenOutputs: Tensor2D[];
  masks: (Tensor2D | null)[];
  logits: Tensor2D;
}

/**
 * The MLP with its own forward and backward pass: matMuls on the backend, the
 * element-wise work in fused kernels, the loss on the host. No autodiff tape, so no
 * gradient is computed that nobody needs (such as the input batch's).
 */
export class Network {
  readonly shapes: LayerShape[];
  private state: AdamState;
  private step = 0;
  private logitsGrad = new Float32Array(0);
  private maskBuffers: Float32Array[] = [];

  constructor(
    private readonly model: ModelConfig,
    private readonly optimizer: OptimizerConfig,
    private readonly ops: TrainingOps,
    inputSize: number,
    initRandom: SeededRandom,
  ) {
    this.shapes = layerShapes(inputSize, model.hidden, CLASSES);
    const parameters = initialParameters(this.shapes, initRandom);
    this.state = {
      parameters,
      firstMoments: zerosLike(parameters),
      secondMoments: zerosLike(parameters),
    };
  }

  get parameters(): Tensor[] {
    return this.state.parameters;
  }

  private weight(layer: number): Tensor2D {
    return this.state.parameters[2 * layer] as Tensor2D;
  }

  private bias(layer: number): Tensor1D {
    return this.state.parameters[2 * layer + 1] as Tensor1D;
  }

  private dropoutMask(
    layer: number,
    rows: number,
    random: SeededRandom,
  ): Tensor2D | null {
    const rate = this.model.dropout;
    if (rate === 0) {
      return null;
    }

    const units = this.shapes[layer]!.units;
    const size = rows * units;
    if (this.maskBuffers[layer]?.length !== size) {
      this.maskBuffers[layer] = new Float32Array(size);
    }

    const mask = this.maskBuffers[layer]!;
    const keptValue = 1 / (1 - rate);
    for (let index = 0; index < size; index++) {
      mask[index] = random.next() < rate ? 0 : keptValue;
    }
    return tf.tensor2d(mask, [rows, units]);
  }

  private forward(input: Tensor2D, dropout: SeededRandom | null): ForwardPass {
    const hiddenOutputs: Tensor2D[] = [];
    const masks: (Tensor2D | null)[] = [];
    let activations = input;

    for (let layer = 0; layer < this.model.hidden.length; layer++) {
      const linear = tf.matMul(activations, this.weight(layer)) as Tensor2D;
      const mask = dropout ? this.dropoutMask(layer, input.shape[0], dropout) : null;
      activations = this.ops.hiddenForward(
        linear,
        this.bias(layer),
        mask,
        this.model.activation,
      );
      hiddenOutputs.push(activations);
      masks.push(mask);
    }

    const last = this.model.hidden.length;
    const logits = tf.add(tf.matMul(activations, this.weight(last)), this.bias(last));
    return { hiddenOutputs, masks, logits: logits as Tensor2D };
  }

  private gradients(
    batch: BatchBuffers,
    pass: ForwardPass,
    logitsGrad: Tensor2D,
  ): Tensor[] {
    const hiddenCount = this.model.hidden.length;
    const gradients: Tensor[] = new Array(2 * (hiddenCount + 1));
    let outputGrad = logitsGrad;

    for (let layer = hiddenCount; layer >= 0; layer--) {
      let linearGrad = outputGrad;
      if (layer < hiddenCount) {
        [linearGrad, gradients[2 * layer + 1]] = this.ops.hiddenBackward(
          outputGrad,
          pass.hiddenOutputs[layer]!,
          pass.masks[layer]!,
          this.model.activation,
        );
      } else {
        gradients[2 * layer + 1] = tf.sum(linearGrad, 0);
      }

      // The input's transpose comes from the host: the backend's transposed matMul is slow.
      gradients[2 * layer] =
        layer === 0
          ? tf.matMul(
              tf.tensor2d(batch.pixelsTransposed, [batch.features, batch.rows]),
              linearGrad,
            )
          : tf.matMul(pass.hiddenOutputs[layer - 1]!, linearGrad, true, false);

      if (layer > 0) {
        outputGrad = tf.matMul(linearGrad, this.weight(layer), false, true);
      }
    }
    return gradients;
  }

  private applyGradients(gradients: Tensor[]): void {
    this.step += 1;
    const previous = this.state;
    const { name, learningRate, beta1, beta2, epsilon } = this.optimizer;

    if (name === 'adam') {
      this.state = this.ops.adam(
        previous,
        gradients,
        { learningRate, beta1, beta2, epsilon },
        this.step,
      );
      keepAll(this.state.parameters, this.state.firstMoments, this.state.secondMoments);
      tf.dispose([previous.parameters, previous.firstMoments, previous.secondMoments]);
      return;
    }

    const parameters = this.ops.sgd(previous.parameters, gradients, learningRate);
    keepAll(parameters);
    tf.dispose(previous.parameters);
    this.state = { ...previous, parameters };
  }

  /** One optimisation step on the batch; returns its mean loss. */
  trainStep(batch: BatchBuffers, dropout: SeededRandom): number {
    return tf.tidy(() => {
      const input = tf.tensor2d(batch.pixels, [batch.rows, batch.features]);
      const pass = this.forward(input, dropout);

      const size = batch.rows * CLASSES;
      if (this.logitsGrad.length !== size) {
        this.logitsGrad = new Float32Array(size);
      }
      const logits = pass.logits.dataSync() as Float32Array;
      const { loss } = softmaxCrossEntropy(
        logits,
        batch.labels,
        CLASSES,
        this.logitsGrad,
      );

      const logitsGrad = tf.tensor2d(this.logitsGrad, [batch.rows, CLASSES]);
      this.applyGradients(this.gradients(batch, pass, logitsGrad));
      return loss;
    });
  }

  /** Loss and correct count of a batch with dropout off. */
  evaluate(batch: BatchBuffers): { loss: number; correct: number } {
    return tf.tidy(() => {
      const input = tf.tensor2d(batch.pixels, [batch.rows, batch.features]);
      const logits = this.forward(input, null).logits.dataSync() as Float32Array;
      const scratch = new Float32Array(logits.length);
      const { loss } = softmaxCrossEntropy(logits, batch.labels, CLASSES, scratch);
      return { loss, correct: countCorrect(logits, batch.labels, CLASSES) };
    });
  }

  dispose(): void {
    tf.dispose([
      this.state.parameters,
      this.state.firstMoments,
      this.state.secondMoments,
    ]);
  }
}
