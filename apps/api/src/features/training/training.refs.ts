import { builder } from '../../graphql/builder';
import { storedRunConfig, TrainingRunConfigRef } from './run-config.refs';
import {
  type ModelVersionDto,
  modelVersionSelect,
  type TrainingEpochDto,
  type TrainingRunDto,
  trainingEpochSelect,
} from './training.dto';

export const TrainingTriggerEnum = builder.enumType('TrainingTrigger', {
  description: 'What started a training run.',
  values: {
    MANUAL: { description: 'An admin, through triggerTrainingRun.' },
    SCHEDULE: { description: "The dataset's cron schedule (trainingPolicy.schedule)." },
    THRESHOLD: {
      description: 'Enough new approved annotations since the last run (trainingPolicy.threshold).',
    },
    EXPERIMENT: { description: 'An experiment grid cell.' },
    CLI: { description: 'The trainer command line (`npm run trainer -- train`).' },
  } as const,
});

export const TrainingRunStatusEnum = builder.enumType('TrainingRunStatus', {
  description: 'Where a training run is.',
  values: {
    QUEUED: { description: 'Waiting for a trainer.' },
    RUNNING: { description: 'A trainer is training or evaluating it.' },
    EVALUATED: { description: 'Model version stored and evaluated; waiting for a manual decision.' },
    PROMOTED: { description: 'Its model version became the active one.' },
    REJECTED: { description: 'The promotion rule kept the active version.' },
    FAILED: { description: 'Ended with an error (or its trainer died).' },
    CANCELLED: { description: 'Cancelled by an admin.' },
  } as const,
});

export const ModelVersionStatusEnum = builder.enumType('ModelVersionStatus', {
  description: 'Lifecycle of a model version.',
  values: {
    CANDIDATE: { description: 'Evaluated, waiting for promotion.' },
    ACTIVE: { description: 'The version that scores patches and proposes labels.' },
    RETIRED: { description: 'Was active; kept for rollback.' },
    REJECTED: { description: 'Did not pass the promotion rule, or was rolled back.' },
  } as const,
});

interface EpochValidationDto {
  patches: number;
  loss: number;
  losses: { mask: number | null; pattern: number | null; intensity: number | null };
  dice: number | null;
  patternAccuracy: number | null;
  intensityAccuracy: number | null;
}

const EpochValidationRef = builder.objectRef<EpochValidationDto>('TrainingEpochValidation').implement({
  description: 'Patch-level figures on the validation specimens after an epoch (for the curves).',
  fields: (t) => ({
    patches: t.exposeInt('patches', { description: 'Validation patches evaluated.' }),
    loss: t.exposeFloat('loss', { description: 'Sum of the unweighted task losses with labels.' }),
    maskLoss: t.float({ nullable: true, description: 'Mask loss.', resolve: (v) => v.losses.mask }),
    patternLoss: t.float({ nullable: true, description: 'Pattern loss.', resolve: (v) => v.losses.pattern }),
    intensityLoss: t.float({
      nullable: true,
      description: 'Intensity loss.',
      resolve: (v) => v.losses.intensity,
    }),
    dice: t.exposeFloat('dice', { nullable: true, description: 'Mean per-patch Dice (threshold 0.5).' }),
    patternAccuracy: t.exposeFloat('patternAccuracy', { nullable: true, description: 'Pattern accuracy.' }),
    intensityAccuracy: t.exposeFloat('intensityAccuracy', {
      nullable: true,
      description: 'Intensity accuracy.',
    }),
  }),
});

export const TrainingEpochRef = builder.objectRef<TrainingEpochDto>('TrainingEpoch').implement({
  description: 'One epoch of a run: mean task losses and task weights (GradNorm trajectory).',
  fields: (t) => ({
    epoch: t.exposeInt('epoch', { description: 'Epoch number, from 1.' }),
    losses: t.expose('losses', {
      type: 'JSON',
      description: 'Mean unweighted loss per task {mask, pattern, intensity}.',
    }),
    taskWeights: t.expose('taskWeights', {
      type: 'JSON',
      description: 'Task weights at the end of the epoch.',
    }),
    metrics: t.expose('metrics', {
      type: 'JSON',
      description: 'Epoch figures (steps, throughput, validation).',
    }),
    validation: t.field({
      type: EpochValidationRef,
      nullable: true,
      description:
        'Validation figures after this epoch; null when the run did not validate it (validateEvery).',
      resolve: (epoch) => (epoch.metrics as { validation?: EpochValidationDto } | null)?.validation ?? null,
    }),
    seconds: t.exposeFloat('seconds', { description: 'Wall time of the epoch.' }),
  }),
});

export const ModelVersionRef = builder.objectRef<ModelVersionDto>('ModelVersion').implement({
  description: 'A trained model of a dataset: artifact, architecture, validation metrics, promotion verdict.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    datasetId: t.exposeID('datasetId', { description: 'Dataset.' }),
    number: t.exposeInt('number', { description: '1, 2, 3... per dataset.' }),
    status: t.expose('status', { type: ModelVersionStatusEnum, description: 'Lifecycle status.' }),
    artifactBytes: t.exposeInt('artifactBytes', { description: 'Size of the stored artifact.' }),
    artifactSha256: t.exposeString('artifactSha256', { description: 'Checksum verified on every load.' }),
    architecture: t.expose('architecture', {
      type: 'JSON',
      description: 'Model configuration (variant, widths, input size, classes).',
    }),
    parameterCount: t.exposeInt('parameterCount', { description: 'Trainable parameters.' }),
    metrics: t.expose('metrics', {
      type: 'JSON',
      description:
        "Patch- and specimen-level validation metrics, and the active version's on the same specimens.",
    }),
    calibration: t.expose('calibration', {
      type: 'JSON',
      description: 'Expected calibration error per head.',
    }),
    promotion: t.expose('promotion', {
      type: 'JSON',
      description: "The promotion rule's inputs and verdict, and activations.",
    }),
    labelCount: t.exposeInt('labelCount', { description: 'Curated labels it was trained and validated on.' }),
    parentId: t.exposeID('parentId', { nullable: true, description: 'Version it was fine-tuned from.' }),
    trainingRunId: t.exposeID('trainingRunId', { nullable: true, description: 'Run that produced it.' }),
    promotedAt: t.expose('promotedAt', { type: 'DateTime', nullable: true, description: 'Last activation.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was registered.' }),
  }),
});

export const TrainingRunRef = builder.objectRef<TrainingRunDto>('TrainingRun').implement({
  description: 'One training run: settings, live progress, the environment it ran in, its outcome.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable id.' }),
    datasetId: t.exposeID('datasetId', { description: 'Dataset.' }),
    trigger: t.expose('trigger', { type: TrainingTriggerEnum, description: 'What started it.' }),
    triggeredById: t.exposeID('triggeredById', { nullable: true, description: 'Admin who triggered it.' }),
    config: t.field({
      type: TrainingRunConfigRef,
      description: 'Validated, complete settings.',
      resolve: (r) => storedRunConfig(r.config),
    }),
    status: t.expose('status', { type: TrainingRunStatusEnum, description: 'Status.' }),
    progress: t.expose('progress', {
      type: 'JSON',
      description:
        'Latest progress: phase, epoch, step, per-task losses and weights, throughput, ETA, latest validation figures, resumedFromEpoch.',
    }),
    error: t.exposeString('error', { nullable: true, description: 'Why it failed.' }),
    cancelRequested: t.exposeBoolean('cancelRequested', { description: 'An admin asked it to stop.' }),
    workerId: t.exposeString('workerId', { nullable: true, description: 'Trainer process holding it.' }),
    heartbeatAt: t.expose('heartbeatAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Last heartbeat.',
    }),
    baseModelVersionId: t.exposeID('baseModelVersionId', {
      nullable: true,
      description: 'Version it fine-tuned.',
    }),
    labelCount: t.exposeInt('labelCount', { description: 'Curated labels used.' }),
    environment: t.expose('environment', {
      type: 'JSON',
      description: 'Backend, hardware and code version.',
    }),
    resumeCount: t.exposeInt('resumeCount', {
      description: 'Times it was resumed from a checkpoint after its trainer died.',
    }),
    resumes: t.expose('resumes', {
      type: 'JSON',
      description:
        'One entry per resume: attempt, at, workerId, fromEpoch (0 = started over), skipped checkpoints.',
    }),
    startedAt: t.expose('startedAt', { type: 'DateTime', nullable: true, description: 'Training start.' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true, description: 'End.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was queued.' }),
    epochs: t.field({
      type: [TrainingEpochRef],
      description: 'Per-epoch losses and task weights, for the curves.',
      resolve: (run, _a, ctx) =>
        ctx.db.trainingEpoch.findMany({
          where: { runId: run.id },
          select: trainingEpochSelect,
          orderBy: { epoch: 'asc' },
        }),
    }),
    modelVersion: t.field({
      type: ModelVersionRef,
      nullable: true,
      description: 'The model version it produced.',
      resolve: (run, _a, ctx) =>
        ctx.db.modelVersion.findUnique({ where: { trainingRunId: run.id }, select: modelVersionSelect }),
    }),
  }),
});
