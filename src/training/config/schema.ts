import type { FieldValue, SectionField } from './schemaTypes';
import { ACTIVATIONS, BACKEND_CHOICES, DATASETS, OPTIMIZERS } from './types';

const ADAM_ONLY = { key: 'name', equals: 'adam' } as const;

/**
 * Every key of a Trainboard config file. The validator, the defaults and the JSON
 * Schema are all derived from this one description.
 */
export const CONFIG_SCHEMA = {
  kind: 'section',
  description:
    'A Trainboard training config: one recipe for training an MNIST classifier.',
  fields: {
    name: {
      kind: 'name',
      description:
        'Name shown for runs of this config. Defaults to the file name without extension.',
    },
    seed: {
      kind: 'integer',
      min: 0,
      default: 42,
      description: 'Random seed for weight initialisation and shuffling.',
    },
    data: {
      kind: 'section',
      description: 'Which dataset to train on and where to keep it.',
      fields: {
        dataset: {
          kind: 'enum',
          values: DATASETS,
          default: 'mnist',
          description:
            'mnist: handwritten digits; fashion-mnist: clothing images; ' +
            'mnist-sample: a small bundled subset of mnist that works offline.',
        },
        dir: {
          kind: 'path',
          default: 'data',
          description:
            "Folder for downloaded datasets, relative to this config file's folder " +
            'unless absolute.',
        },
        download: {
          kind: 'boolean',
          default: true,
          description: 'Download the dataset into dir when it is not there yet.',
        },
        train_limit: {
          kind: 'integer',
          min: 1,
          nullable: true,
          default: null,
          description:
            'Train on only the first N training images, for quick experiments. ' +
            'null uses them all.',
        },
        test_limit: {
          kind: 'integer',
          min: 1,
          nullable: true,
          default: null,
          description: 'Evaluate on only the first N test images. null uses them all.',
        },
      },
    },
    model: {
      kind: 'section',
      description: 'The shape of the fully connected network.',
      fields: {
        hidden: {
          kind: 'integerList',
          itemMin: 1,
          default: [64, 32],
          description: 'Units in each hidden layer, from input to output.',
        },
        dropout: {
          kind: 'number',
          min: 0,
          exclusiveMax: 1,
          default: 0.5,
          description:
            'Fraction of units dropped after each hidden layer while training.',
        },
        activation: {
          kind: 'enum',
          values: ACTIVATIONS,
          default: 'relu',
          description: 'Activation function of the hidden layers.',
        },
      },
    },
    training: {
      kind: 'section',
      description: 'How long and how the network is trained.',
      fields: {
        epochs: {
          kind: 'integer',
          min: 1,
          default: 5,
          description: 'Number of passes over the training images.',
        },
        batch_size: {
          kind: 'integer',
          min: 1,
          default: 10,
          description: 'Images per gradient step.',
        },
        shuffle: {
          kind: 'boolean',
          default: true,
          description: 'Shuffle the training images before every epoch.',
        },
        optimizer: {
          kind: 'section',
          description: 'The optimizer and its settings.',
          fields: {
            name: {
              kind: 'enum',
              values: OPTIMIZERS,
              default: 'adam',
              description: 'adam or plain stochastic gradient descent (sgd).',
            },
            learning_rate: {
              kind: 'number',
              exclusiveMin: 0,
              default: 1.0e-4,
              description: 'Step size of each update.',
            },
            beta1: {
              kind: 'number',
              min: 0,
              exclusiveMax: 1,
              default: 0.9,
              usedOnlyWhen: ADAM_ONLY,
              description: 'Decay rate of the first moment estimate. Only used by adam.',
            },
            beta2: {
              kind: 'number',
              min: 0,
              exclusiveMax: 1,
              default: 0.999,
              usedOnlyWhen: ADAM_ONLY,
              description: 'Decay rate of the second moment estimate. Only used by adam.',
            },
            epsilon: {
              kind: 'number',
              exclusiveMin: 0,
              default: 1.0e-8,
              usedOnlyWhen: ADAM_ONLY,
              description: 'Small constant for numerical stability. Only used by adam.',
            },
          },
        },
        log_every: {
          kind: 'integer',
          min: 1,
          default: 500,
          description: 'Report the training loss every N steps.',
        },
      },
    },
    backend: {
      kind: 'enum',
      values: BACKEND_CHOICES,
      default: 'auto',
      description:
        'TensorFlow.js backend. auto picks the fastest available: ' +
        'tensorflow (native), then wasm, then cpu.',
    },
  },
} as const satisfies SectionField;

/** The validated config the schema describes; a test proves it equals TrainConfig. */
export type SchemaConfig = FieldValue<typeof CONFIG_SCHEMA>;
