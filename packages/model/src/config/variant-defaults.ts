import type { ModelConfig, ModelVariant } from './model-config.js';

type Defaults = Omit<ModelConfig, 'variant' | 'patchView' | 'viewSize'>;

const common = {
  inChannels: 1,
  patternClasses: 7,
  intensityLevels: 2,
  seReduction: 16,
  headPooling: 'avg',
  bottleneckDropout: 0.1,
  headDropout: 0.3,
  seed: 42,
  inputNormalisation: 'bit-depth',
  inputGain: 1,
} as const;

/**
 * reference: SE-ResNet50 + the reference code's decoder channel plan (~128.7 M parameters).
 * standard: SE-ResNet50 + the common 256/128/64/32/16 U-Net decoder (last block at full resolution).
 * lite: width 16, one block per stage, small decoder, for CPU fine-tuning.
 */
export const VARIANT_DEFAULTS: Record<ModelVariant, Defaults> = {
  reference: {
    ...common,
    inputSize: 384,
    width: 64,
    blocks: [3, 4, 6, 3],
    decoderChannels: [1792, 512, 256, 64],
    decoderMid: 'half-input',
    logitKernel: 1,
    headHidden: 512,
  },
  standard: {
    ...common,
    inputSize: 384,
    width: 64,
    blocks: [3, 4, 6, 3],
    decoderChannels: [256, 128, 64, 32, 16],
    decoderMid: 'out',
    logitKernel: 3,
    headHidden: 512,
  },
  lite: {
    ...common,
    inputSize: 128,
    width: 16,
    blocks: [1, 1, 1, 1],
    decoderChannels: [128, 64, 32, 16],
    decoderMid: 'out',
    logitKernel: 1,
    headHidden: 128,
  },
};
