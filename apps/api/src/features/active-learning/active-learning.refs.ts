import { builder } from '../../graphql/builder';
import type {
  AcquisitionSettingsDto,
  CalibrationDto,
  CalibrationSplitDto,
  CountDto,
  CurvePointDto,
  CurveSeriesDto,
  HeadCalibrationDto,
  QueueCompositionDto,
  QueueItemDto,
  ReliabilityBinDto,
  ScoringStatusDto,
} from './active-learning.dto';

export const StrategyInfoRef = builder
  .objectRef<{ name: string; description: string }>('AcquisitionStrategyInfo')
  .implement({
    description: 'A named acquisition strategy the admin can choose.',
    fields: (t) => ({
      name: t.exposeString('name', { description: 'Name to put in settings.strategy.' }),
      description: t.exposeString('description', { description: 'What it ranks by.' }),
    }),
  });

export const AcquisitionSettingsRef = builder
  .objectRef<AcquisitionSettingsDto>('AcquisitionSettings')
  .implement({
    description: "A dataset's acquisition strategy and its weights, with every default filled in.",
    fields: (t) => ({
      datasetId: t.exposeID('datasetId', { description: 'Dataset id.' }),
      version: t.exposeInt('version', {
        description: 'Dataset version; send it back when updating (optimistic concurrency).',
      }),
      settings: t.expose('settings', {
        type: 'JSON',
        description:
          'strategy, batchSize, mcSamples, weights {pattern,intensity,mask}, normalise, measures, diversity, rareClasses, seed.',
      }),
      scoringMethod: t.exposeString('scoringMethod', {
        description: 'Prediction method these settings score with.',
      }),
      strategies: t.field({
        type: [StrategyInfoRef],
        description: 'Every strategy available.',
        resolve: (s) => s.strategies,
      }),
    }),
  });

export const ScoringStatusRef = builder.objectRef<ScoringStatusDto>('ScoringStatus').implement({
  description: 'How much of the unlabelled pool the active version has scored.',
  fields: (t) => ({
    datasetId: t.exposeID('datasetId', { description: 'Dataset id.' }),
    activeModelVersionId: t.exposeID('activeModelVersionId', {
      nullable: true,
      description: 'The scoring version.',
    }),
    method: t.exposeString('method', { description: 'Prediction method, e.g. "mc-dropout-8".' }),
    scored: t.exposeInt('scored', { description: 'Unlabelled patches with a stored score.' }),
    unscored: t.exposeInt('unscored', { description: 'Unlabelled patches the trainer still has to score.' }),
    reranked: t.exposeInt('reranked', { description: 'Patches re-ranked from stored scores just now.' }),
  }),
});

const CountRef = builder.objectRef<CountDto>('CompositionCount').implement({
  description: 'How many queued patches share a key.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Reason, strategy or pattern key ("unscored" when none).' }),
    count: t.exposeInt('count', { description: 'Patches.' }),
  }),
});

const QueueItemRef = builder.objectRef<QueueItemDto>('QueueCompositionItem').implement({
  description: 'One queued patch, in serving order.',
  fields: (t) => ({
    patchId: t.exposeID('patchId', { description: 'Patch id.' }),
    specimenId: t.exposeID('specimenId', { description: 'Specimen id.' }),
    priority: t.exposeFloat('priority', { description: 'Queue priority (higher first).' }),
    acquisitionScore: t.exposeFloat('acquisitionScore', {
      nullable: true,
      description: "The strategy's raw score.",
    }),
    strategy: t.exposeString('strategy', { nullable: true, description: 'Strategy that ranked it.' }),
    reason: t.exposeString('reason', {
      nullable: true,
      description: 'uncertainty, diversity, rare-class, specimen, random or rest.',
    }),
    predictedPattern: t.exposeString('predictedPattern', {
      nullable: true,
      description: 'Active model prediction (key).',
    }),
  }),
});

export const QueueCompositionRef = builder.objectRef<QueueCompositionDto>('QueueComposition').implement({
  description: 'The next patches of the queue, split by why they were chosen.',
  fields: (t) => ({
    datasetId: t.exposeID('datasetId', { description: 'Dataset id.' }),
    activeModelVersionId: t.exposeID('activeModelVersionId', {
      nullable: true,
      description: 'Active version.',
    }),
    size: t.exposeInt('size', { description: 'Patches looked at.' }),
    unscored: t.exposeInt('unscored', { description: 'Of those, never ranked by a strategy.' }),
    byReason: t.field({ type: [CountRef], description: 'Counts per reason.', resolve: (c) => c.byReason }),
    byStrategy: t.field({
      type: [CountRef],
      description: 'Counts per strategy.',
      resolve: (c) => c.byStrategy,
    }),
    byPredictedPattern: t.field({
      type: [CountRef],
      description: 'Counts per predicted pattern.',
      resolve: (c) => c.byPredictedPattern,
    }),
    items: t.field({
      type: [QueueItemRef],
      description: 'The patches, in serving order.',
      resolve: (c) => c.items,
    }),
  }),
});

const CurvePointRef = builder.objectRef<CurvePointDto>('LearningCurvePoint').implement({
  description: 'Model quality at a number of curated labels.',
  fields: (t) => ({
    labelCount: t.exposeInt('labelCount', { description: 'Curated labels.' }),
    modelVersionId: t.exposeID('modelVersionId', {
      nullable: true,
      description: 'The version measured, if any.',
    }),
    metrics: t.expose('metrics', {
      type: 'JSON',
      description: 'patternMca, patternAccuracy, intensityAccuracy, dice.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When recorded.' }),
  }),
});

export const CurveSeriesRef = builder.objectRef<CurveSeriesDto>('LearningCurveSeries').implement({
  description: 'One label-efficiency curve: "active:<strategy>" or the "random" baseline.',
  fields: (t) => ({
    series: t.exposeString('series', { description: 'Series name.' }),
    points: t.field({
      type: [CurvePointRef],
      description: 'Points by label count.',
      resolve: (s) => s.points,
    }),
  }),
});

const BinRef = builder.objectRef<ReliabilityBinDto>('ReliabilityBin').implement({
  description: 'One confidence bin (lo, hi] of a reliability diagram.',
  fields: (t) => ({
    lo: t.exposeFloat('lo', { description: 'Lower edge.' }),
    hi: t.exposeFloat('hi', { description: 'Upper edge.' }),
    count: t.exposeInt('count', { description: 'Validation predictions in the bin.' }),
    confidence: t.exposeFloat('confidence', { nullable: true, description: 'Mean confidence.' }),
    accuracy: t.exposeFloat('accuracy', { nullable: true, description: 'Fraction correct.' }),
  }),
});

const HeadCalibrationRef = builder.objectRef<HeadCalibrationDto>('HeadCalibration').implement({
  description: 'Temperature scaling of one head, fitted on the validation specimens.',
  fields: (t) => ({
    head: t.exposeString('head', { description: 'pattern, intensity or mask.' }),
    temperature: t.exposeFloat('temperature', { nullable: true, description: 'Fitted T (logits / T).' }),
    samples: t.exposeInt('samples', { nullable: true, description: 'Predictions T was fitted on.' }),
    heldOutSamples: t.exposeInt('heldOutSamples', {
      nullable: true,
      description: 'Held-out predictions the ECE, NLL and diagrams are measured on (null: older fit).',
    }),
    eceBefore: t.exposeFloat('eceBefore', { nullable: true, description: 'ECE without scaling (held out).' }),
    eceAfter: t.exposeFloat('eceAfter', { nullable: true, description: 'ECE with T (held out).' }),
    nllBefore: t.exposeFloat('nllBefore', { nullable: true, description: 'NLL without scaling (held out).' }),
    nllAfter: t.exposeFloat('nllAfter', { nullable: true, description: 'NLL with T (held out).' }),
    before: t.field({ type: [BinRef], description: 'Reliability diagram before.', resolve: (h) => h.before }),
    after: t.field({ type: [BinRef], description: 'Reliability diagram after.', resolve: (h) => h.after }),
  }),
});

const CalibrationSplitRef = builder.objectRef<CalibrationSplitDto>('CalibrationSplit').implement({
  description: 'How the validation patches were split between fitting T and measuring it.',
  fields: (t) => ({
    groupedBy: t.exposeString('groupedBy', {
      description: 'specimen (whole specimens per side), patch (one specimen only) or none.',
    }),
    fitPatches: t.exposeInt('fitPatches', { description: 'Patches T was fitted on.' }),
    heldOutPatches: t.exposeInt('heldOutPatches', { description: 'Patches the figures are measured on.' }),
    fitSpecimens: t.exposeInt('fitSpecimens', { description: 'Specimens on the fitting side.' }),
    heldOutSpecimens: t.exposeInt('heldOutSpecimens', { description: 'Specimens on the held-out side.' }),
  }),
});

export const CalibrationRef = builder.objectRef<CalibrationDto>('ModelCalibration').implement({
  description: "A model version's calibration per head.",
  fields: (t) => ({
    modelVersionId: t.exposeID('modelVersionId', { description: 'Model version id.' }),
    fittedAt: t.exposeString('fittedAt', {
      nullable: true,
      description: 'When the temperatures were fitted (ISO).',
    }),
    validationPatches: t.exposeInt('validationPatches', {
      nullable: true,
      description: 'Validation patches used (fitting and held out together).',
    }),
    split: t.field({
      type: CalibrationSplitRef,
      nullable: true,
      description: 'The fitting / held-out split; null for older fits, measured on their fitting patches.',
      resolve: (c) => c.split,
    }),
    mcSamples: t.exposeInt('mcSamples', {
      nullable: true,
      description: 'MC-dropout passes averaged in the prediction T was fitted on (1: deterministic).',
    }),
    dropoutMode: t.exposeString('dropoutMode', {
      nullable: true,
      description: 'heads or full: where dropout stays on in those passes.',
    }),
    heads: t.field({
      type: [HeadCalibrationRef],
      description: 'One entry per calibrated head.',
      resolve: (c) => c.heads,
    }),
  }),
});
