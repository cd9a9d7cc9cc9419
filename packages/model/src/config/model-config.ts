/**
 * Validated model configuration. `resolveModelConfig` turns a partial user config into a new,
 * fully-populated object; every error names the offending field and value so that a bad dataset
 * taxonomy or CLI flag fails fast instead of producing an odd graph deep inside tfjs.
 */
import { VARIANT_DEFAULTS } from './variant-defaults.js';

export type ModelVariant = 'reference' | 'standard' | 'lite';

/**
 * How pixel values reach the network; part of the model, so every consumer (training, validation,
 * scoring) prepares inputs as the model was trained. Callers hand in grey values scaled to [0, 1]
 * by the image's bit depth (value / (2^bits - 1)); the model then applies, inside `encode`:
 * - 'bit-depth': `x * inputGain` - keeps absolute brightness, the cue that separates positive from
 *   intermediate. `inputGain` makes a dataset-wide scale explicit, e.g. 16 for 12-bit data stored
 *   in 16-bit files (65535 / 4095).
 * - 'specimen': `x * inputGain` as well, but the host first divides each patch by its specimen
 *   group's bright level instead of the bit depth (`loadSpecimenInputScales` in @hep2/db/specimens:
 *   the median 99.8th percentile of the group's non-zero pixels). Patches of one well keep their
 *   relative brightness; wells imaged at other exposures or on other cameras meet on one scale.
 *   It removes the absolute brightness between wells, so the intensity head learns less from it:
 *   an option for sets whose exposure varies, not the default.
 * - 'min-max': per-patch min-max to [0, 1] (what every version saved before this option did;
 *   such versions load as 'min-max'). Scale-invariant, so any fixed pre-scale gives the same input.
 */
export type InputNormalisation = 'bit-depth' | 'specimen' | 'min-max';
export const INPUT_NORMALISATIONS = ['bit-depth', 'specimen', 'min-max'] as const;

/**
 * How a dataset patch reaches the network; part of the model, like the normalisation:
 * - 'resized': the whole patch resized to `inputSize` (cell crops, and every version saved before
 *   this option).
 * - 'tiles': the patch at its own resolution (`viewSize` square, e.g. a 384 px tile of a 1388x1040
 *   specimen) seen through `inputSize` windows: training draws one random window per patch and
 *   step, prediction covers the patch with overlapping windows, blends the mask probabilities
 *   where they overlap and averages the class probabilities (`infer/tiling.ts`). The network never
 *   sees a shrunken patch, so a mask can follow a real outline at the cost of one training step
 *   per window, not per enlarged patch.
 */
export type PatchView = 'resized' | 'tiles';
export const PATCH_VIEWS = ['resized', 'tiles'] as const;

export interface ModelConfig {
  variant: ModelVariant;
  /** Square input side in pixels; 64-512 and divisible by 2^(stages+1). */
  inputSize: number;
  inChannels: number;
  patternClasses: number;
  /** 2 -> one logit with BCE; K > 2 -> K-way softmax. */
  intensityLevels: number;
  /** Stem width; stage bottleneck widths are width * [1, 2, 4, 8] (expansion 4). */
  width: number;
  /** Bottleneck blocks per encoder stage (1-4 stages). */
  blocks: number[];
  seReduction: number;
  /** Output channels per decoder up-step; one extra entry adds a full-resolution block without skip. */
  decoderChannels: number[];
  /** 'half-input': middle conv width = input/2 (reference code); 'out': middle width = output. */
  decoderMid: 'half-input' | 'out';
  /** Kernel of the final logit conv (1 in the reference, 3 in common segmentation libraries). */
  logitKernel: 1 | 3;
  headHidden: number;
  headPooling: 'avg' | 'max';
  /** Dropout rate applied to the deepest feature (bottleneck) and before the head FCs. */
  bottleneckDropout: number;
  headDropout: number;
  seed: number;
  inputNormalisation: InputNormalisation;
  /** Multiplier on the host-scaled input ('bit-depth' and 'specimen'); 1 = as the host scaled it. */
  inputGain: number;
  patchView: PatchView;
  /**
   * Side of the square each patch is prepared at by the host (training, validation, scoring):
   * `inputSize` for 'resized', the dataset's patch side for 'tiles' (at least `inputSize`).
   */
  viewSize: number;
}

export type ModelConfigInput = Partial<ModelConfig> & { variant?: ModelVariant };

export class ModelConfigError extends Error {
  constructor(
    readonly field: string,
    readonly value: unknown,
    reason: string,
  ) {
    super(`Invalid model config: ${field}=${JSON.stringify(value)}: ${reason}`);
    this.name = 'ModelConfigError';
  }
}

function checkInt(field: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ModelConfigError(field, value, `must be an integer in [${min}, ${max}]`);
  }
  return value;
}

function checkRate(field: string, value: unknown): number {
  if (typeof value !== 'number' || !(value >= 0 && value < 1)) {
    throw new ModelConfigError(field, value, 'must be a number in [0, 1)');
  }
  return value;
}

function checkPositive(field: string, value: unknown, max: number): number {
  if (typeof value !== 'number' || !(value > 0 && value <= max)) {
    throw new ModelConfigError(field, value, `must be a number in (0, ${max}]`);
  }
  return value;
}

function checkOneOf<T extends string | number>(field: string, value: unknown, options: readonly T[]): T {
  if (!options.includes(value as T)) {
    throw new ModelConfigError(field, value, `must be one of ${options.join(', ')}`);
  }
  return value as T;
}

function checkIntList(
  field: string,
  value: unknown,
  minLen: number,
  maxLen: number,
  min: number,
  max: number,
): number[] {
  if (!Array.isArray(value) || value.length < minLen || value.length > maxLen) {
    throw new ModelConfigError(field, value, `must be an array of ${minLen}-${maxLen} integers`);
  }
  return value.map((v, i) => checkInt(`${field}[${i}]`, v, min, max));
}

export function resolveModelConfig(input: ModelConfigInput = {}): ModelConfig {
  const variant = checkOneOf('variant', input.variant ?? 'lite', ['reference', 'standard', 'lite'] as const);
  const merged = { ...VARIANT_DEFAULTS[variant], ...stripUndefined(input), variant };
  if (variant === 'lite') {
    // The lite decoder and heads scale with the width and depth unless given explicitly.
    const w = typeof merged.width === 'number' ? merged.width : 16;
    const stages = Array.isArray(merged.blocks) ? merged.blocks.length : 4;
    merged.decoderChannels =
      input.decoderChannels ?? Array.from({ length: stages }, (_, i) => w * 2 ** (stages - 1 - i));
    merged.headHidden = input.headHidden ?? w * 8;
  }
  const blocks = checkIntList('blocks', merged.blocks, 1, 4, 1, 64);
  const stages = blocks.length;
  const inputSize = checkInt('inputSize', merged.inputSize, 32, 512);
  const stride = 2 ** (stages + 1);
  if (inputSize % stride !== 0 || inputSize < 2 * stride) {
    throw new ModelConfigError(
      'inputSize',
      inputSize,
      `must be a multiple of ${stride} and at least ${2 * stride} for ${stages} stages`,
    );
  }
  const upSteps = stages; // skips: stem output + stages 1..S-1
  const decoderChannels = checkIntList(
    'decoderChannels',
    merged.decoderChannels,
    upSteps,
    upSteps + 1,
    1,
    8192,
  );
  const width = checkInt('width', merged.width, 1, 256);
  const seReduction = checkInt('seReduction', merged.seReduction, 1, 1024);
  if (Math.floor((width * 4) / seReduction) < 1) {
    throw new ModelConfigError('seReduction', seReduction, `leaves no SE channels for width ${width}`);
  }
  const patchView = checkOneOf('patchView', merged.patchView ?? 'resized', PATCH_VIEWS);
  const viewSize =
    patchView === 'resized' ? inputSize : checkInt('viewSize', merged.viewSize ?? inputSize, inputSize, 4096);
  if (patchView === 'resized' && merged.viewSize !== undefined && merged.viewSize !== inputSize)
    throw new ModelConfigError('viewSize', merged.viewSize, "must equal inputSize for patchView 'resized'");
  return {
    variant,
    inputSize,
    inChannels: checkInt('inChannels', merged.inChannels, 1, 16),
    patternClasses: checkInt('patternClasses', merged.patternClasses, 2, 1000),
    intensityLevels: checkInt('intensityLevels', merged.intensityLevels, 2, 100),
    width,
    blocks,
    seReduction,
    decoderChannels,
    decoderMid: checkOneOf('decoderMid', merged.decoderMid, ['half-input', 'out'] as const),
    logitKernel: checkOneOf('logitKernel', merged.logitKernel, [1, 3] as const),
    headHidden: checkInt('headHidden', merged.headHidden, 1, 8192),
    headPooling: checkOneOf('headPooling', merged.headPooling, ['avg', 'max'] as const),
    bottleneckDropout: checkRate('bottleneckDropout', merged.bottleneckDropout),
    headDropout: checkRate('headDropout', merged.headDropout),
    seed: checkInt('seed', merged.seed, 0, 2 ** 31 - 1),
    inputNormalisation: checkOneOf('inputNormalisation', merged.inputNormalisation, INPUT_NORMALISATIONS),
    inputGain: checkPositive('inputGain', merged.inputGain, 65535),
    patchView,
    viewSize,
  };
}

/** The side at which a host prepares each patch for this model (see `viewSize`). */
export function viewSide(
  config: Pick<ModelConfig, 'inputSize'> & Partial<Pick<ModelConfig, 'viewSize'>>,
): number {
  return config.viewSize ?? config.inputSize;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
