import { z } from 'zod';

/** Default of taskWeightLearningRate (see the trainer README, experiments: task weights). */
export const TASK_WEIGHT_LEARNING_RATE = 3e-3;

/**
 * The settings of one training run, stored validated and complete in TrainingRun.config so a run
 * can be replayed. Defaults suit CPU fine-tuning: the lite variant on 64 px patches, or at the
 * dataset's own patch size for cell-level datasets (defaultInputSize).
 */
export const runConfigSchema = z
  .object({
    variant: z
      .enum(['lite', 'standard', 'reference'])
      .default('lite')
      .describe("Network size: lite (CPU fine-tuning), standard, or reference (the seed paper's)"),
    /**
     * Patches are resized to this square side before training and evaluation. When a run does not
     * set it, enqueueTrainingRun derives it from the dataset's patch size (defaultInputSize).
     */
    inputSize: z
      .number()
      .int()
      .min(32)
      .max(512)
      .default(64)
      .describe(
        "Square side patches are resized to for training and evaluation (default: follows the dataset's patch size)",
      ),
    /**
     * How a patch reaches the network (ModelConfig.patchView): 'resized' - the whole patch resized
     * to inputSize; 'tiles' - the patch at its own resolution (viewSize), seen through inputSize
     * windows, so masks are learnt and drawn where outlines are. When a run does not set it,
     * enqueueTrainingRun derives it from the dataset's patch size (defaultPatchView).
     */
    patchView: z
      .enum(['resized', 'tiles'])
      .default('resized')
      .describe(
        "Whole patches resized to inputSize, or native-resolution windows of inputSize (default: follows the dataset's patch size)",
      ),
    /** 'tiles' only: the side each patch is prepared at (default: defaultViewSize of the dataset's patch size). */
    viewSize: z
      .number()
      .int()
      .min(32)
      .max(4096)
      .optional()
      .describe(
        'Tiles only: the side each patch is seen at (default: 256 px, or the patch size when smaller)',
      ),
    /** Lite variant only: stem width and blocks per encoder stage. */
    width: z.number().int().min(1).max(256).optional().describe('Lite variant: stem width (default 8)'),
    blocks: z
      .array(z.number().int().min(1).max(64))
      .min(1)
      .max(4)
      .optional()
      .describe('Lite variant: blocks per encoder stage (default 1,1,1)'),
    epochs: z.number().int().min(1).max(1000).default(5).describe('Passes over the training patches'),
    /**
     * 16 with 3e-3 (bench:quality, 5 epochs, same split: pattern MCA 0.852 vs 0.709 for 8 with 1e-3,
     * and fewer, larger steps amortise the per-step overhead of WASM training).
     */
    batchSize: z.number().int().min(1).max(256).default(16).describe('Patches per training step'),
    learningRate: z
      .number()
      .positive()
      .max(1)
      .default(3e-3)
      .describe('Peak learning rate of the network (Adam)'),
    weighting: z
      .enum(['gradnorm', 'fixed', 'uncertainty'])
      .default('gradnorm')
      .describe('How the mask, pattern and intensity losses are weighted'),
    gradNormAlpha: z.number().min(0).max(5).default(0.06).describe("GradNorm's asymmetry alpha"),
    /**
     * Adam learning rate of GradNorm's task weights, apart from the network's (which the schedule
     * decays). GradNorm's Adam moves a weight by at most about this much a step, so it bounds how far
     * the weights can drift in a run: see the trainer README (experiments) for the measurement behind
     * the default. Uncertainty weighting's log-variances train with the network's optimizer instead.
     */
    taskWeightLearningRate: z
      .number()
      .positive()
      .max(1)
      .default(TASK_WEIGHT_LEARNING_RATE)
      .describe("Adam learning rate of GradNorm's task weights"),
    maskLoss: z
      .enum(['bce', 'dice', 'bce+dice'])
      .default('bce+dice')
      .describe('Loss of the segmentation head'),
    /** Flips, quarter turns and a +-10 % multiplicative gain (no additive offset). */
    augment: z.boolean().default(true).describe('Flips, quarter turns and a +-10 % gain'),
    /** Standard deviation of Gaussian pixel noise added in augmentation (bit-depth units); 0 = none. */
    augmentNoise: z
      .number()
      .min(0)
      .max(0.5)
      .default(0)
      .describe('Standard deviation of Gaussian pixel noise in augmentation; 0 = none'),
    /**
     * Input normalisation recorded in the model: 'bit-depth' (value / (2^bits - 1), times inputGain)
     * keeps absolute brightness for the intensity grade; 'specimen' divides by the specimen group's
     * bright level (for sets whose exposure varies between wells; see ModelConfig); 'min-max'
     * stretches every patch (the only behaviour of versions trained before this option).
     */
    inputNormalisation: z
      .enum(['bit-depth', 'specimen', 'min-max'])
      .default('bit-depth')
      .describe(
        'Input scaling: by bit depth (keeps absolute brightness), by each specimen’s bright level, or min-max per patch',
      ),
    /** Dataset-wide gain on bit-depth-scaled input, e.g. 16 for 12-bit images in 16-bit files. */
    inputGain: z
      .number()
      .positive()
      .max(65535)
      .default(1)
      .describe('Dataset-wide gain on bit-depth-scaled input (e.g. 16 for 12-bit images in 16-bit files)'),
    /** Pattern and intensity class weights from the training labels' frequencies (MCA is the metric). */
    classBalance: z
      .enum(['inverse-frequency', 'none'])
      .default('inverse-frequency')
      .describe("Pattern and intensity class weights from the training labels' frequencies"),
    /** Learning rate over the run: linear warm-up over 5 % of the steps, cosine decay to 5 % of learningRate; or constant. */
    lrSchedule: z
      .enum(['cosine', 'constant'])
      .default('cosine')
      .describe('Learning rate over the run: warm-up then cosine decay, or constant'),
    /** Stop after this many validated epochs without a better validation score; 0 = run all epochs. */
    earlyStoppingPatience: z
      .number()
      .int()
      .min(0)
      .max(1000)
      .default(5)
      .describe('Stop after this many validated epochs without improvement; 0 = run all epochs'),
    /** Keep the weights of the epoch with the best validation score, not the last epoch's. */
    keepBestEpoch: z
      .boolean()
      .default(true)
      .describe("Keep the best validated epoch's weights, not the last epoch's"),
    /** Ignore the active model version and start from random weights. */
    fromScratch: z
      .boolean()
      .default(false)
      .describe('Start from random weights instead of the active version'),
    /** Also train on specimen-level (weak) labels of patches without an approved annotation. */
    weakLabels: z
      .boolean()
      .default(false)
      .describe('Also train on weak (specimen-level or imported weak) labels'),
    /** Share of specimens picked for validation when the dataset has none yet. */
    validationFraction: z
      .number()
      .min(0.05)
      .max(0.5)
      .default(0.2)
      .describe('Share of specimens picked for validation when the dataset has none yet'),
    /**
     * Validate on exactly these specimens (and train on all others) instead of the dataset's fixed
     * validation specimens: an experiment's fold. Stored in the config so the split is reproducible.
     */
    validationSpecimenIds: z
      .array(z.string().uuid())
      .min(1)
      .max(100_000)
      .optional()
      .describe("Validate on exactly these specimens (an experiment's fold)"),
    maxTrainSamples: z.number().int().positive().optional().describe('Train on at most this many patches'),
    /** Evaluate on the validation patches every this many epochs (losses, Dice, accuracies); 0 = never. */
    validateEvery: z
      .number()
      .int()
      .min(0)
      .max(1000)
      .default(1)
      .describe('Validate every this many epochs; 0 = never'),
    /** Write a checkpoint every this many epochs, so a killed run resumes; 0 = never. */
    checkpointEvery: z
      .number()
      .int()
      .min(0)
      .max(1000)
      .default(1)
      .describe('Checkpoint every this many epochs so a killed run resumes; 0 = never'),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2_147_483_647)
      .default(1)
      .describe('Random seed (initialisation, shuffling, augmentation)'),
    /**
     * Threads per training step, overriding the worker's TRAIN_THREADS (wasm / cpu backends): set by
     * an experiment so every run trains alike - data-parallel BatchNorm normalises over each thread's
     * share of the batch, so the thread count changes results.
     */
    trainThreads: z
      .number()
      .int()
      .min(1)
      .max(64)
      .optional()
      .describe("Threads per training step (default: the trainer's TRAIN_THREADS)"),
    /** Overrides the dataset policy's autoPromote for this run. */
    autoPromote: z.boolean().optional().describe("Overrides the dataset policy's autoPromote for this run"),
  })
  .strict();

export type RunConfig = z.infer<typeof runConfigSchema>;
export type RunConfigInput = z.input<typeof runConfigSchema>;

export class RunConfigError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'RunConfigError';
  }
}

/** What the dataset tells the config when the run leaves a setting open. */
export interface RunConfigContext {
  /** Dataset.patchSize: the side of the dataset's patches (cell crops or specimen tiles). */
  patchSize?: number;
}

/** Patches up to this side are cell-level crops: the network sees them at (about) their own size. */
export const CELL_LEVEL_MAX_PATCH = 128;
/** Input side for larger (specimen-level) patches when the run does not choose one. */
export const SPECIMEN_LEVEL_INPUT_SIZE = 64;

/**
 * The input size a run gets when it does not set one. Cell-level datasets (patches up to 128 px,
 * e.g. 78x78 crops) are trained at their own size, rounded to the nearest size the network
 * accepts (a multiple of its total stride, at least two strides): shrinking a 78 px cell to 64 px
 * loses detail for nothing, and these sizes are cheap. Specimen-level patches (384 px) keep 64 px:
 * training cost grows with the square of the side, and 64 px lets a CPU fine-tune the lite variant
 * in minutes (128 px is 4x slower per epoch); choose `inputSize` explicitly to train larger.
 */
export function defaultInputSize(patchSize: number | undefined, stages: number): number {
  if (!patchSize || patchSize > CELL_LEVEL_MAX_PATCH) return SPECIMEN_LEVEL_INPUT_SIZE;
  const stride = 2 ** (stages + 1);
  return Math.min(512, Math.max(2 * stride, Math.round(patchSize / stride) * stride));
}

/**
 * The patch view a run gets when it does not set one: specimen-level patches (larger than
 * CELL_LEVEL_MAX_PATCH) are seen at a resolution that can draw an outline (defaultViewSize) through
 * windows of the input size, so that the mask head learns outlines where they are drawn; cell
 * crops are resized whole.
 */
export function defaultPatchView(patchSize: number | undefined): RunConfig['patchView'] {
  return patchSize !== undefined && patchSize > CELL_LEVEL_MAX_PATCH ? 'tiles' : 'resized';
}

/**
 * The side a tiled run sees specimen-level patches at when it does not choose: 256 px (a 384 px
 * patch shrunk by 1.5, the smallest view at which a mask still follows a cell's outline; cells of
 * ~50 px stay ~33 px), or the patch's own side when smaller, never below the input size.
 * Measured on generated 1388x1040 specimens (apps/trainer README, patch views): against whole
 * patches resized to 64 px, native Dice rose at views of 192 and 256 px and fell at 384 px, where
 * a 64 px window holds about one cell and a window of background teaches little.
 */
export const SPECIMEN_LEVEL_VIEW_SIZE = 256;
export function defaultViewSize(patchSize: number, inputSize: number): number {
  return Math.max(inputSize, Math.min(patchSize, SPECIMEN_LEVEL_VIEW_SIZE));
}

/** 'tiles' needs a view at least one window large (defaultViewSize unless given); 'resized' has none. */
function resolveView(config: RunConfig, context: RunConfigContext): void {
  if (config.patchView === 'resized') {
    if (config.viewSize !== undefined && config.viewSize !== config.inputSize)
      throw new RunConfigError(
        'viewSize',
        "Invalid training config: viewSize: only patchView 'tiles' has a view size",
      );
    config.viewSize = undefined;
    return;
  }
  if (config.viewSize === undefined && context.patchSize !== undefined)
    config.viewSize = defaultViewSize(context.patchSize, config.inputSize);
  if (config.viewSize === undefined)
    throw new RunConfigError(
      'viewSize',
      "Invalid training config: viewSize: patchView 'tiles' needs the dataset's patch size or a viewSize",
    );
  if (config.viewSize < config.inputSize)
    throw new RunConfigError(
      'viewSize',
      `Invalid training config: viewSize: ${config.viewSize} px is smaller than the ${config.inputSize} px window`,
    );
}

/** The side each patch is prepared at for a run's model: the view of a tiled run, else the input size. */
export function runViewSize(config: Pick<RunConfig, 'patchView' | 'viewSize' | 'inputSize'>): number {
  return config.patchView === 'tiles' ? (config.viewSize ?? config.inputSize) : config.inputSize;
}

/**
 * Validates into a new, complete object; the error names the first bad field. With a context, an
 * absent inputSize follows the dataset (defaultInputSize) and the result records the value used.
 */
export function resolveRunConfig(input: unknown, context: RunConfigContext = {}): RunConfig {
  const given = (input ?? {}) as Record<string, unknown>;
  const followDataset = context.patchSize !== undefined && given.inputSize === undefined;
  const viewFollowsDataset = context.patchSize !== undefined && given.patchView === undefined;
  const parsed = runConfigSchema.safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new RunConfigError(
      field,
      `Invalid training config: ${field || 'config'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const config = parsed.data;
  if (config.variant === 'lite') {
    config.width ??= 8;
    config.blocks ??= [1, 1, 1];
  }
  // The standard and reference variants have four encoder stages.
  if (followDataset) config.inputSize = defaultInputSize(context.patchSize, config.blocks?.length ?? 4);
  if (viewFollowsDataset) config.patchView = defaultPatchView(context.patchSize);
  resolveView(config, context);
  if (config.variant === 'lite' && config.blocks) {
    const stride = 2 ** (config.blocks.length + 1);
    if (config.inputSize % stride !== 0 || config.inputSize < 2 * stride) {
      throw new RunConfigError(
        'inputSize',
        `Invalid training config: inputSize: must be a multiple of ${stride} and at least ${2 * stride} for ${config.blocks.length} stages`,
      );
    }
  }
  return config;
}
