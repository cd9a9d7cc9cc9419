import { builder } from '../../graphql/builder';
import type {
  ActiveLearningSimulationDto,
  LabelCostDto,
  SimulationComparisonDto,
  SimulationCurveDto,
  SimulationIntervalDto,
  SimulationMetricDto,
  SimulationPointDto,
} from './active-learning.dto';

const IntervalRef = builder.objectRef<SimulationIntervalDto>('SimulationInterval').implement({
  description:
    'A paired percentile bootstrap interval over seeds (95 %); a null value means "not reached within the budget".',
  fields: (t) => ({
    estimate: t.exposeFloat('estimate', { nullable: true, description: 'The statistic on all seeds.' }),
    lower: t.exposeFloat('lower', { nullable: true, description: 'Lower bound.' }),
    upper: t.exposeFloat('upper', { nullable: true, description: 'Upper bound.' }),
  }),
});

const MetricRef = builder.objectRef<SimulationMetricDto>('SimulationMetricValue').implement({
  description: 'One metric at one curve point, over seeds.',
  fields: (t) => ({
    metric: t.exposeString('metric', {
      description: 'composite, patternMca, patternAccuracy, intensityAccuracy or dice.',
    }),
    mean: t.exposeFloat('mean', { nullable: true, description: 'Mean over seeds (null: no test label).' }),
    sd: t.exposeFloat('sd', { nullable: true, description: 'Sample SD over seeds.' }),
  }),
});

const PointRef = builder.objectRef<SimulationPointDto>('SimulationPoint').implement({
  description: 'One point of an arm: after the seed set or an acquisition round.',
  fields: (t) => ({
    labels: t.exposeInt('labels', { description: 'Labelled patches.' }),
    cost: t.exposeFloat('cost', { description: 'Label cost spent, in cost units.' }),
    values: t.field({ type: [MetricRef], description: 'Metrics at this point.', resolve: (p) => p.values }),
  }),
});

const CurveRef = builder.objectRef<SimulationCurveDto>('SimulationCurve').implement({
  description: "One arm's mean curve over seeds on one test set.",
  fields: (t) => ({
    arm: t.exposeString('arm', {
      description: 'random, random+quota, uncertainty, diversity or full (the production strategy).',
    }),
    testSet: t.exposeString('testSet', { description: 'balanced or natural.' }),
    points: t.field({ type: [PointRef], description: 'Points by cost.', resolve: (c) => c.points }),
  }),
});

const ComparisonRef = builder.objectRef<SimulationComparisonDto>('SimulationComparison').implement({
  description: 'One arm against random on one test set and metric, paired over seeds.',
  fields: (t) => ({
    arm: t.exposeString('arm', { description: 'The arm.' }),
    testSet: t.exposeString('testSet', { description: 'balanced or natural.' }),
    metric: t.exposeString('metric', { description: 'The metric.' }),
    aucMean: t.exposeFloat('aucMean', {
      nullable: true,
      description: "Mean over seeds of the arm's normalised AUC over label cost.",
    }),
    aucDifference: t.field({
      type: IntervalRef,
      nullable: true,
      description: 'Mean paired AUC difference to random, with its interval (null for random).',
      resolve: (c) => c.aucDifference,
    }),
    costRatioMedian: t.field({
      type: IntervalRef,
      nullable: true,
      description: "Median share of the budget the arm needs to reach random's full-budget value.",
      resolve: (c) => c.costRatioMedian,
    }),
    reached: t.exposeInt('reached', { description: "Seeds in which the arm reached random's final value." }),
    seeds: t.exposeInt('seeds', { description: 'Seeds compared.' }),
  }),
});

const LabelCostRef = builder.objectRef<LabelCostDto>('SimulationLabelCost').implement({
  description: 'Cost units of one label per task.',
  fields: (t) => ({
    pattern: t.exposeFloat('pattern', { description: 'A pattern label.' }),
    intensity: t.exposeFloat('intensity', { description: 'An intensity label.' }),
    mask: t.exposeFloat('mask', { description: 'A drawn mask.' }),
  }),
});

export const ActiveLearningSimulationRef = builder
  .objectRef<ActiveLearningSimulationDto>('ActiveLearningSimulation')
  .implement({
    description: 'A simulate:al result stored for a dataset: the ablation arms against label cost.',
    fields: (t) => ({
      id: t.exposeID('id', { description: 'Simulation id.' }),
      datasetId: t.exposeID('datasetId', { description: 'The dataset it is shown for.' }),
      oracle: t.exposeString('oracle', {
        description: '"generated", or the slug of the dataset whose curated labels were the oracle.',
      }),
      seeds: t.exposeInt('seeds', { description: 'Seeds (each with its own pool and test sets).' }),
      labelCost: t.field({ type: LabelCostRef, description: 'Cost per label.', resolve: (s) => s.labelCost }),
      labelTasks: t.exposeStringList('labelTasks', {
        description: 'The tasks each acquired patch was labelled (and charged) for.',
      }),
      seconds: t.exposeFloat('seconds', { description: 'How long the simulation ran.' }),
      createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was stored.' }),
      curves: t.field({
        type: [CurveRef],
        description: 'Every arm per test set.',
        resolve: (s) => s.curves,
      }),
      comparisons: t.field({
        type: [ComparisonRef],
        description: 'Every arm against random, per test set and metric.',
        resolve: (s) => s.comparisons,
      }),
    }),
  });
