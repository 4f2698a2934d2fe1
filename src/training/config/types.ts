export const DATASETS = ['mnist', 'fashion-mnist', 'mnist-sample'] as const;
export type DatasetName = (typeof DATASETS)[number];

export const ACTIVATIONS = ['relu', 'tanh', 'sigmoid'] as const;
export type ActivationName = (typeof ACTIVATIONS)[number];

export const OPTIMIZERS = ['adam', 'sgd'] as const;
export type OptimizerName = (typeof OPTIMIZERS)[number];

export const BACKEND_CHOICES = ['auto', 'tensorflow', 'wasm', 'cpu'] as const;
export type BackendChoice = (typeof BACKEND_CHOICES)[number];

export interface DataConfig {
  dataset: DatasetName;
  /** Absolute: resolved against the config file's folder. */
  dir: string;
  download: boolean;
  /** Use only the first N training (test) images; null means all. */
  trainLimit: number | null;
  testLimit: number | null;
}

export interface ModelConfig {
  hidden: number[];
  dropout: number;
  activation: ActivationName;
}

export interface OptimizerConfig {
  name: OptimizerName;
  learningRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
}

export interface TrainingConfig {
  epochs: number;
  batchSize: number;
  shuffle: boolean;
  optimizer: OptimizerConfig;
  logEvery: number;
}

/** A validated config with every default filled in. */
export interface TrainConfig {
  name: string;
  seed: number;
  data: DataConfig;
  model: ModelConfig;
  training: TrainingConfig;
  backend: BackendChoice;
}
