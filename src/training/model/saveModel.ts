import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ModelConfig } from '../config/types';
import type { Network } from './network';

interface LayerJson {
  class_name: string;
  config: Record<string, unknown>;
}

function layerTopology(model: ModelConfig, network: Network, imageShape: number[]) {
  const layers: LayerJson[] = [
    {
      class_name: 'Flatten',
      config: {
        name: 'flatten',
        batch_input_shape: [null, ...imageShape],
        dtype: 'float32',
      },
    },
  ];

  network.shapes.forEach((shape, index) => {
    const last = index === network.shapes.length - 1;
    layers.push({
      class_name: 'Dense',
      config: {
        name: `dense_${index + 1}`,
        units: shape.units,
        activation: 'linear',
        use_bias: true,
      },
    });
    if (!last) {
      layers.push({
        class_name: 'Dropout',
        config: { name: `dropout_${index + 1}`, rate: model.dropout },
      });
      layers.push({
        class_name: 'Activation',
        config: { name: `activation_${index + 1}`, activation: model.activation },
      });
    }
  });
  return { class_name: 'Sequential', config: { name: 'trainboard_mlp', layers } };
}

/**
 * Writes the trained weights in TensorFlow.js layers format (model.json and one
 * weights.bin), so `tf.loadLayersModel` reads them back. The layers' dropout, then
 * activation order is the reference recipe's. Written to a temporary folder first.
 */
export async function saveModel(
  directory: string,
  model: ModelConfig,
  network: Network,
  imageShape: number[],
): Promise<void> {
  const temporary = `${directory}.partial`;
  await mkdir(temporary, { recursive: true });

  const arrays = network.parameters.map((tensor) => tensor.dataSync() as Float32Array);
  const weights = network.shapes.flatMap((shape, index) => [
    {
      name: `dense_${index + 1}/kernel`,
      shape: [shape.inputs, shape.units],
      dtype: 'float32',
    },
    { name: `dense_${index + 1}/bias`, shape: [shape.units], dtype: 'float32' },
  ]);
  const modelJson = {
    format: 'layers-model',
    generatedBy: 'Trainboard',
    convertedBy: null,
    modelTopology: layerTopology(model, network, imageShape),
    weightsManifest: [{ paths: ['weights.bin'], weights }],
  };

  const bytes = Buffer.concat(
    arrays.map((array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength)),
  );
  await writeFile(join(temporary, 'weights.bin'), bytes);
  await writeFile(
    join(temporary, 'model.json'),
    `${JSON.stringify(modelJson, null, 2)}\n`,
  );
  await rename(temporary, directory);
}
