import { version_core as tfjsVersion } from '@tensorflow/tfjs-core';

declare const TRAINBOARD_VERSION: string | undefined;

export function trainerVersions(): Record<string, string> {
  return {
    trainboard: typeof TRAINBOARD_VERSION === 'string' ? TRAINBOARD_VERSION : 'dev',
    tfjs: tfjsVersion,
    node: process.versions.node,
  };
}
