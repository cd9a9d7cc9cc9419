import { builder } from '../../graphql/builder';
import { requireViewer } from '../../graphql/viewer';
import { DomainError } from '../../shared/domain-error';
import { labelEfficiencyCurve, queueComposition, versionCalibration } from './active-learning.queries';
import {
  AcquisitionSettingsRef,
  CalibrationRef,
  CurveSeriesRef,
  QueueCompositionRef,
  ScoringStatusRef,
} from './active-learning.refs';
import { getAcquisitionSettings, requestScoring, updateAcquisitionSettings } from './active-learning.service';
import { activeLearningSimulations } from './simulation.queries';
import { ActiveLearningSimulationRef } from './simulation.refs';

builder.queryFields((t) => ({
  acquisitionSettings: t.field({
    type: AcquisitionSettingsRef,
    description: "The dataset's acquisition strategy settings (defaults filled in).",
    authScopes: { admin: true },
    args: { datasetId: t.arg.id({ description: 'Dataset id.' }) },
    resolve: (_r, args, ctx) => getAcquisitionSettings(ctx.db, String(args.datasetId)),
  }),
  queueComposition: t.field({
    type: QueueCompositionRef,
    description: 'How the next N queued patches split by reason, strategy and predicted pattern.',
    authScopes: { curator: true },
    args: {
      datasetId: t.arg.id({ description: 'Dataset id.' }),
      size: t.arg.int({ required: false, description: 'How many patches (default 50, at most 1000).' }),
    },
    resolve: (_r, args, ctx) => {
      const size = args.size ?? 50;
      if (size < 1 || size > 1000)
        throw new DomainError('VALIDATION_FAILED', 'size: must be 1..1000', { field: 'size' });
      return queueComposition(ctx.db, String(args.datasetId), size);
    },
  }),
  labelEfficiencyCurve: t.field({
    type: [CurveSeriesRef],
    description: 'Model quality against curated labels, per series (active strategy, random baseline).',
    authScopes: { curator: true },
    args: { datasetId: t.arg.id({ description: 'Dataset id.' }) },
    resolve: (_r, args, ctx) => labelEfficiencyCurve(ctx.db, String(args.datasetId)),
  }),
  activeLearningSimulations: t.field({
    type: [ActiveLearningSimulationRef],
    description: 'simulate:al results stored for the dataset (`--store <slug>`), newest first.',
    authScopes: { curator: true },
    args: {
      datasetId: t.arg.id({ description: 'Dataset id.' }),
      limit: t.arg.int({ required: false, description: 'How many (default 1, at most 20).' }),
    },
    resolve: (_r, args, ctx) => activeLearningSimulations(ctx.db, String(args.datasetId), args.limit ?? 1),
  }),
  calibration: t.field({
    type: CalibrationRef,
    description: 'Temperature, ECE before/after and reliability bins per head of a model version.',
    authScopes: { curator: true },
    args: { modelVersionId: t.arg.id({ description: 'Model version id.' }) },
    resolve: (_r, args, ctx) => versionCalibration(ctx.db, String(args.modelVersionId)),
  }),
}));

builder.mutationFields((t) => ({
  updateAcquisitionSettings: t.field({
    type: AcquisitionSettingsRef,
    description:
      'Replaces the acquisition settings (validated); STALE_VERSION when the dataset changed meanwhile.',
    authScopes: { admin: true },
    args: {
      datasetId: t.arg.id({ description: 'Dataset id.' }),
      settings: t.arg({ type: 'JSON', description: 'Settings; omitted fields take their defaults.' }),
      version: t.arg.int({ description: 'The dataset version you edited.' }),
    },
    resolve: (_r, args, ctx) =>
      updateAcquisitionSettings(ctx, requireViewer(ctx), {
        datasetId: String(args.datasetId),
        settings: args.settings,
        version: args.version,
      }),
  }),
  requestScoring: t.field({
    type: ScoringStatusRef,
    description:
      'Re-ranks the queue from stored scores now and reports what the trainer still has to score (it picks unscored patches up within seconds).',
    authScopes: { admin: true },
    args: { datasetId: t.arg.id({ description: 'Dataset id.' }) },
    resolve: (_r, args, ctx) => requestScoring(ctx, requireViewer(ctx), String(args.datasetId)),
  }),
}));
