/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant, as an ISO-8601 string in UTC. */
  DateTime: { input: string; output: string; }
  /** Free-form JSON (metric bundles, configurations); its shape is documented per field. */
  JSON: { input: unknown; output: unknown; }
};

/** A dataset's acquisition strategy and its weights, with every default filled in. */
export type AcquisitionSettings = {
  __typename?: 'AcquisitionSettings';
  /** Dataset id. */
  datasetId: Scalars['ID']['output'];
  /** Prediction method these settings score with. */
  scoringMethod: Scalars['String']['output'];
  /** strategy, batchSize, mcSamples, weights {pattern,intensity,mask}, normalise, measures, diversity, rareClasses, seed. */
  settings: Scalars['JSON']['output'];
  /** Every strategy available. */
  strategies: Array<AcquisitionStrategyInfo>;
  /** Dataset version; send it back when updating (optimistic concurrency). */
  version: Scalars['Int']['output'];
};

/** A named acquisition strategy the admin can choose. */
export type AcquisitionStrategyInfo = {
  __typename?: 'AcquisitionStrategyInfo';
  /** What it ranks by. */
  description: Scalars['String']['output'];
  /** Name to put in settings.strategy. */
  name: Scalars['String']['output'];
};

/** A simulate:al result stored for a dataset: the ablation arms against label cost. */
export type ActiveLearningSimulation = {
  __typename?: 'ActiveLearningSimulation';
  /** Every arm against random, per test set and metric. */
  comparisons: Array<SimulationComparison>;
  /** When it was stored. */
  createdAt: Scalars['DateTime']['output'];
  /** Every arm per test set. */
  curves: Array<SimulationCurve>;
  /** The dataset it is shown for. */
  datasetId: Scalars['ID']['output'];
  /** Simulation id. */
  id: Scalars['ID']['output'];
  /** Cost per label. */
  labelCost: SimulationLabelCost;
  /** The tasks each acquired patch was labelled (and charged) for. */
  labelTasks: Array<Scalars['String']['output']>;
  /** "generated", or the slug of the dataset whose curated labels were the oracle. */
  oracle: Scalars['String']['output'];
  /** How long the simulation ran. */
  seconds: Scalars['Float']['output'];
  /** Seeds (each with its own pool and test sets). */
  seeds: Scalars['Int']['output'];
};

/** A statistic over a set of items with its 95 % confidence interval; null where undefined (fewer than 2 items, or no variation). */
export type AgreementEstimate = {
  __typename?: 'AgreementEstimate';
  /** Upper end of the 95 % interval. */
  high: Maybe<Scalars['Float']['output']>;
  /** How the interval was obtained. */
  interval: Scalars['String']['output'];
  /** Items it was computed over. */
  items: Scalars['Int']['output'];
  /** Lower end of the 95 % interval. */
  low: Maybe<Scalars['Float']['output']>;
  /** Which statistic, e.g. “Krippendorff’s alpha (ordinal)”. */
  statistic: Scalars['String']['output'];
  /** The estimate. */
  value: Maybe<Scalars['Float']['output']>;
};

/** A person’s labels for one patch: pattern, intensity and a cell mask. */
export type Annotation = {
  __typename?: 'Annotation';
  /** Who labelled it. */
  authorId: Maybe<Scalars['ID']['output']>;
  /** Creation time. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Intensity. */
  intensityLevel: Maybe<IntensityLevel>;
  /** Foreground pixels of the mask. */
  maskArea: Maybe<Scalars['Int']['output']>;
  /** Short-lived URL of the mask PNG (0/255); a data: URL while the mask is still on its way to the object store (just after a save, or while the store is down). */
  maskUrl: Maybe<Scalars['String']['output']>;
  /** Model version whose proposal it started from. */
  modelVersionId: Maybe<Scalars['ID']['output']>;
  /** The patch labelled. */
  patch: Patch;
  /** The patch labelled. */
  patchId: Scalars['ID']['output'];
  /** Staining pattern. */
  patternClass: Maybe<PatternClass>;
  /** The proposal it started from. */
  predictionId: Maybe<Scalars['ID']['output']>;
  /** Dice between the proposal and this mask (1 = unchanged). */
  proposalDice: Maybe<Scalars['Float']['output']>;
  /** The curator’s comment when it was returned. */
  returnComment: Maybe<Scalars['String']['output']>;
  /** Dice between this submission’s mask and the mask its patch was approved with (1 = kept as it was); null before approval or without masks. */
  reviewDice: Maybe<Scalars['Float']['output']>;
  /** Every saved state, oldest first. */
  revisions: Array<AnnotationRevision>;
  /** Human, model or import. */
  source: AnnotationSource;
  /** Where it is in review. */
  status: AnnotationStatus;
  /** First submission. */
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  /** Last change. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version; send it with the next save. */
  version: Scalars['Int']['output'];
};

/** An annotator’s labels for one patch. */
export type AnnotationInput = {
  /** Intensity level (omitted: unchanged). */
  intensityLevelId?: InputMaybe<Scalars['ID']['input']>;
  /** Your lease (required to submit). */
  leaseId?: InputMaybe<Scalars['ID']['input']>;
  /** Cell mask (omitted: unchanged). */
  mask?: InputMaybe<RleMaskInput>;
  /** The patch. */
  patchId: Scalars['ID']['input'];
  /** Staining pattern (omitted: unchanged). */
  patternClassId?: InputMaybe<Scalars['ID']['input']>;
  /** The model proposal you started from, if any. */
  predictionId?: InputMaybe<Scalars['ID']['input']>;
  /** The annotation version you edited (0 or omitted for a new one). */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** One saved state of an annotation (append-only history). */
export type AnnotationRevision = {
  __typename?: 'AnnotationRevision';
  /** When it was saved. */
  createdAt: Scalars['DateTime']['output'];
  /** Who saved it. */
  editedById: Maybe<Scalars['ID']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Intensity at that version. */
  intensityLevelId: Maybe<Scalars['ID']['output']>;
  /** Short-lived URL of the mask at that version; a data: URL while the mask is still on its way to the object store. */
  maskUrl: Maybe<Scalars['String']['output']>;
  /** Pattern at that version. */
  patternClassId: Maybe<Scalars['ID']['output']>;
  /** Status at that version. */
  status: AnnotationStatus;
  /** Annotation version this state had. */
  version: Scalars['Int']['output'];
};

/** Who produced an annotation. */
export type AnnotationSource =
  /** A person in the editor. */
  | 'HUMAN'
  /** Expert ground truth from a curated import: approved, no author, never a person's work. */
  | 'IMPORT'
  /** A model prediction offered as a pre-label. */
  | 'MODEL';

/** Where an annotation is in its life. */
export type AnnotationStatus =
  /** Accepted by a curator: training may use it. */
  | 'APPROVED'
  /** Work in progress, visible only to its author. */
  | 'DRAFT'
  /** Sent back to its author with a comment. */
  | 'REJECTED'
  /** A blind answer on a gold patch, scored against the gold label: final, never reviewed. */
  | 'SCORED'
  /** Handed in; waiting for review. */
  | 'SUBMITTED'
  /** Replaced by a newer annotation of the same author. */
  | 'SUPERSEDED';

/** How well one annotator agrees with co-annotators of the same patches. */
export type AnnotatorAgreement = {
  __typename?: 'AnnotatorAgreement';
  /** Weighted kappa on intensity (linear for ordinal). */
  intensityKappa: Maybe<Scalars['Float']['output']>;
  /** Mean Dice of this annotator’s mask against each co-annotator’s on shared patches (a missing mask counts as empty). */
  maskDice: Maybe<Scalars['Float']['output']>;
  /** Mean IoU (Jaccard) over the same pairs. */
  maskIoU: Maybe<Scalars['Float']['output']>;
  /** Patches shared with someone else. */
  patches: Scalars['Int']['output'];
  /** Share of pairs with the same pattern. */
  patternAgreementRate: Maybe<Scalars['Float']['output']>;
  /** Cohen’s kappa on pattern, pooled over co-annotators. */
  patternKappa: Maybe<Scalars['Float']['output']>;
  /** The annotator. */
  userId: Scalars['ID']['output'];
  /** Display name. */
  userName: Scalars['String']['output'];
};

/** An annotator scored against gold patches and against the curated consensus. */
export type AnnotatorScore = {
  __typename?: 'AnnotatorScore';
  /** The annotator. */
  userId: Scalars['ID']['output'];
  /** Display name. */
  userName: Scalars['String']['output'];
  /** Their submissions on multi-labelled approved patches against the approved label. */
  vsConsensus: AnnotatorScoreSet;
  /** Their submissions on gold patches against the gold labels. */
  vsGold: AnnotatorScoreSet;
};

/** One annotator against a reference (gold labels, or the curated consensus). */
export type AnnotatorScoreSet = {
  __typename?: 'AnnotatorScoreSet';
  /** Share of right intensities. */
  intensityAccuracy: AgreementEstimate;
  /** Cohen’s kappa on intensity (linear weights for an ordinal scale). */
  intensityKappa: AgreementEstimate;
  /** Items scored. */
  items: Scalars['Int']['output'];
  /** Mean Dice against the reference mask. */
  maskDice: AgreementEstimate;
  /** Share of right patterns. */
  patternAccuracy: AgreementEstimate;
  /** Cohen’s kappa on pattern. */
  patternKappa: AgreementEstimate;
};

/** How fast one annotator works on a dataset and how their work fares in review. Times come from work leases (claim to submit). */
export type AnnotatorThroughput = {
  __typename?: 'AnnotatorThroughput';
  /** Time on submitted and skipped patches, each counted up to 10 minutes (a lease left open over a break does not count the break). */
  activeHours: Scalars['Float']['output'];
  /** Approved, as submitted or after a curator’s edit. */
  approved: Scalars['Int']['output'];
  /** Submissions per UTC day of the window, oldest first, zeros included. */
  daily: Array<DailySubmissions>;
  /** Approved after a curator corrected it (edit and approve). */
  editedByCurator: Scalars['Int']['output'];
  /** Claims abandoned until their lease ran out. */
  expired: Scalars['Int']['output'];
  /** When a lease of this annotator last ended. */
  lastActiveAt: Maybe<Scalars['DateTime']['output']>;
  /** Mean Dice between the model’s proposed mask and the submitted one (1 = proposals kept as they were), over submissions that started from a proposal. */
  meanProposalDice: Maybe<Scalars['Float']['output']>;
  /** Mean Dice between this annotator’s submitted masks and the masks their patches were approved with (1 = curators kept them as they were; lower = curators had to redraw), over approved patches with masks. */
  meanReviewDice: Maybe<Scalars['Float']['output']>;
  /** Median time from claim to submission. */
  medianSecondsPerPatch: Maybe<Scalars['Float']['output']>;
  /** 90th percentile of the time from claim to submission. */
  p90SecondsPerPatch: Maybe<Scalars['Float']['output']>;
  /** Sent back with a comment. */
  rejected: Scalars['Int']['output'];
  /** rejected / reviewed. */
  rejectionRate: Maybe<Scalars['Float']['output']>;
  /** Curator decisions on this annotator’s work. */
  reviewed: Scalars['Int']['output'];
  /** Patches skipped. */
  skipped: Scalars['Int']['output'];
  /** Submitted patches per active hour; null under 60 s of active time. */
  submissionsPerHour: Maybe<Scalars['Float']['output']>;
  /** Patches submitted. */
  submitted: Scalars['Int']['output'];
  /** The annotator. */
  userId: Scalars['ID']['output'];
  /** Display name. */
  userName: Scalars['String']['output'];
};

/** A long-lived token for scripts. Only its prefix is shown after creation. */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** Creation time. */
  createdAt: Scalars['DateTime']['output'];
  /** Expiry, if any. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Last use. */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the token is for. */
  name: Scalars['String']['output'];
  /** First characters, to recognise it. */
  prefix: Scalars['String']['output'];
  /** When revoked. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
};

/** Where to PUT a dataset archive (.zip); call startArchiveImport afterwards. */
export type ArchiveUploadTicket = {
  __typename?: 'ArchiveUploadTicket';
  /** The URL stops working then. */
  expiresAt: Scalars['DateTime']['output'];
  /** Largest archive accepted, in bytes. */
  maxBytes: Scalars['Float']['output'];
  /** HTTP method to use (PUT). */
  method: Scalars['String']['output'];
  /** Pass to startArchiveImport. */
  uploadId: Scalars['ID']['output'];
  /** Presigned URL: PUT the raw .zip bytes here, in one request. */
  url: Scalars['String']['output'];
};

/** One state change, as recorded in the append-only audit log. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** What, e.g. "annotation.submit". */
  action: Scalars['String']['output'];
  /** Who (null for the system). */
  actorId: Maybe<Scalars['ID']['output']>;
  /** State after, if recorded. */
  after: Maybe<Scalars['JSON']['output']>;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** State before, if recorded. */
  before: Maybe<Scalars['JSON']['output']>;
  /** Id of the thing changed. */
  entityId: Maybe<Scalars['String']['output']>;
  /** Kind of thing changed. */
  entityType: Scalars['String']['output'];
  /** Sequence number. */
  id: Scalars['ID']['output'];
  /** Request that made the change. */
  requestId: Maybe<Scalars['String']['output']>;
};

/** A new audit entry, announced when its transaction commits. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** What happened. */
  action: Scalars['String']['output'];
  /** Id of the thing changed. */
  entityId: Maybe<Scalars['String']['output']>;
  /** Kind of thing changed. */
  entityType: Scalars['String']['output'];
  /** Audit entry id. */
  id: Scalars['ID']['output'];
};

/** How the validation patches were split between fitting T and measuring it. */
export type CalibrationSplit = {
  __typename?: 'CalibrationSplit';
  /** Patches T was fitted on. */
  fitPatches: Scalars['Int']['output'];
  /** Specimens on the fitting side. */
  fitSpecimens: Scalars['Int']['output'];
  /** specimen (whole specimens per side), patch (one specimen only) or none. */
  groupedBy: Scalars['String']['output'];
  /** Patches the figures are measured on. */
  heldOutPatches: Scalars['Int']['output'];
  /** Specimens on the held-out side. */
  heldOutSpecimens: Scalars['Int']['output'];
};

/** How many queued patches share a key. */
export type CompositionCount = {
  __typename?: 'CompositionCount';
  /** Patches. */
  count: Scalars['Int']['output'];
  /** Reason, strategy or pattern key ("unscored" when none). */
  key: Scalars['String']['output'];
};

/** A new webhook. */
export type CreateWebhookInput = {
  /** Only events of this dataset; omitted: every dataset. */
  datasetId?: InputMaybe<Scalars['ID']['input']>;
  /** What it is for (at most 200 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** At least one event. */
  events: Array<WebhookEvent>;
  /** http(s) URL, at most 2048 characters, without user:password@. */
  url: Scalars['String']['input'];
};

/** A freshly created API token with its secret, which is never shown again. */
export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  /** Send as `Authorization: Bearer <secret>`. */
  secret: Scalars['String']['output'];
  /** The token record. */
  token: ApiToken;
};

/** A webhook with its signing secret, shown only here (after creation or rotation). */
export type CreatedWebhook = {
  __typename?: 'CreatedWebhook';
  /** The signing secret (whsec_...): store it in the receiver now; it is not shown again. */
  secret: Scalars['String']['output'];
  /** The webhook. */
  webhook: Webhook;
};

/** Submissions of one annotator on one UTC day. */
export type DailySubmissions = {
  __typename?: 'DailySubmissions';
  /** The day, YYYY-MM-DD (UTC). */
  day: Scalars['String']['output'];
  /** Patches submitted that day. */
  submitted: Scalars['Int']['output'];
};

/** A collection of specimens with its label taxonomy and patch settings. */
export type Dataset = {
  __typename?: 'Dataset';
  /** Acquisition strategy settings. */
  acquisition: Scalars['JSON']['output'];
  /** Items below this agreement go to curators. */
  agreementThreshold: Scalars['Float']['output'];
  /** Independent annotations needed per patch (consensus k). */
  annotatorsPerPatch: Scalars['Int']['output'];
  /** Creation time. */
  createdAt: Scalars['DateTime']['output'];
  /** Free text. */
  description: Scalars['String']['output'];
  /** Share of patches labelled by two annotators (k = 1), spread evenly along the queue’s order (default 0.1). */
  doubleLabelShare: Scalars['Float']['output'];
  /** Chance that a claim serves a gold patch, blind (curators and admins). */
  goldRate: Scalars['Float']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Intensity levels, weakest first. */
  intensityLevels: Array<IntensityLevel>;
  /** Binary or ordinal intensity. */
  intensityMode: IntensityMode;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Patch edge in pixels (384 in the reference protocol). */
  patchSize: Scalars['Int']['output'];
  /** Pattern classes in model order. */
  patternClasses: Array<PatternClass>;
  /** URL-friendly unique name. */
  slug: Scalars['String']['output'];
  /** Specimens by name. */
  specimens: DatasetSpecimensConnection;
  /** Counts by status and label distributions. */
  stats: DatasetStats;
  /** Horizontal patch stride (251 in the reference). */
  strideX: Scalars['Int']['output'];
  /** Vertical patch stride (328 in the reference). */
  strideY: Scalars['Int']['output'];
  /** Whether a training run may start now, and on how many curated labels (admins only). */
  trainingReadiness: TrainingReadiness;
  /** Optimistic-concurrency version of the settings. */
  version: Scalars['Int']['output'];
};


/** A collection of specimens with its label taxonomy and patch settings. */
export type DatasetSpecimensArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  fold?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** Agreement across a dataset’s patches labelled by two or more annotators: statistics over the set, with intervals. */
export type DatasetAgreement = {
  __typename?: 'DatasetAgreement';
  /** The dataset’s share of patches labelled twice. */
  doubleLabelShare: Scalars['Float']['output'];
  /** Submissions scored against gold. */
  goldAttempts: Scalars['Int']['output'];
  /** Gold patches. */
  goldPatches: Scalars['Int']['output'];
  /** Krippendorff’s alpha on intensity (ordinal; nominal for a binary scale). */
  intensityAlpha: AgreementEstimate;
  /** Mean pairwise mask Dice over patches. */
  maskDice: AgreementEstimate;
  /** Mean per-patch raw intensity agreement (share of annotator pairs agreeing). */
  meanIntensityAgreement: Maybe<Scalars['Float']['output']>;
  /** Mean per-patch pairwise mask Dice. */
  meanMaskDice: Maybe<Scalars['Float']['output']>;
  /** Mean per-patch raw pattern agreement (share of annotator pairs agreeing). */
  meanPatternAgreement: Maybe<Scalars['Float']['output']>;
  /** Patches labelled by two or more annotators. */
  patches: Scalars['Int']['output'];
  /** Krippendorff’s alpha on pattern (nominal). */
  patternAlpha: AgreementEstimate;
  /** Fleiss’ kappa on pattern (patternKappa’s value). */
  patternFleissKappa: Maybe<Scalars['Float']['output']>;
  /** Fleiss’ kappa on pattern (patches with the most common number of ratings). */
  patternKappa: AgreementEstimate;
};

export type DatasetSpecimensConnection = {
  __typename?: 'DatasetSpecimensConnection';
  edges: Array<DatasetSpecimensConnectionEdge>;
  pageInfo: PageInfo;
};

export type DatasetSpecimensConnectionEdge = {
  __typename?: 'DatasetSpecimensConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Specimen;
};

/** Counts for dashboards: patches by status and label distributions. */
export type DatasetStats = {
  __typename?: 'DatasetStats';
  /** Approved patch annotations per intensity, imported ground truth included (see importedIntensities). */
  approvedIntensities: Array<LabelCount>;
  /** Approved patch annotations per pattern, imported ground truth included (see importedPatterns). */
  approvedPatterns: Array<LabelCount>;
  /** Patches per status. */
  byStatus: Array<StatusCount>;
  /** Specimens per pattern among those imported as curated ground truth (their patches carry approved IMPORT annotations). */
  curatedSpecimenPatterns: Array<LabelCount>;
  /** The part of approvedIntensities imported as curated ground truth (not labelled in the platform). */
  importedIntensities: Array<LabelCount>;
  /** The part of approvedPatterns imported as curated ground truth (not labelled in the platform). */
  importedPatterns: Array<LabelCount>;
  /** Patches. */
  patches: Scalars['Int']['output'];
  /** Specimens per imported specimen-level pattern, weak and curated alike (see curatedSpecimenPatterns). */
  specimenPatterns: Array<LabelCount>;
  /** Specimens. */
  specimens: Scalars['Int']['output'];
};

/** How a specimen is shown by default: one window for the whole specimen, in the original’s units (0-255 or 0-65535). */
export type DisplayWindow = {
  __typename?: 'DisplayWindow';
  /** Bit depth of the original (8 or 16). */
  bitDepth: Scalars['Int']['output'];
  /** Height of the display copy in pixels. */
  height: Scalars['Int']['output'];
  /** Values at or above are full colour (99.8th percentile of non-zero pixels). */
  high: Scalars['Int']['output'];
  /** Values at or below are black (0.5th percentile of non-zero pixels). */
  low: Scalars['Int']['output'];
  /** Largest value in the specimen. */
  max: Scalars['Int']['output'];
  /** Smallest value that is not a padding or border zero. */
  min: Scalars['Int']['output'];
  /** Share of pixels at the bit depth’s largest value (sensor saturation). */
  saturatedFraction: Scalars['Float']['output'];
  /** Width of the display copy in pixels. */
  width: Scalars['Int']['output'];
  /** Share of pixels that are exactly 0 (padding, black borders), left out of the window. */
  zeroFraction: Scalars['Float']['output'];
};

/** A cross-validated comparison of training settings: one run per grid cell x fold. */
export type Experiment = {
  __typename?: 'Experiment';
  /** Created. */
  createdAt: Scalars['DateTime']['output'];
  /** Dataset. */
  datasetId: Scalars['ID']['output'];
  /** Number of folds (grouped by specimen, stratified). */
  folds: Scalars['Int']['output'];
  /** Grid, expanded settings with run configs, fold plan. */
  grid: Scalars['JSON']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** The report (summary, comparisons, curves, confusion, runs) once DONE or FAILED. */
  report: Maybe<Scalars['JSON']['output']>;
  /** Every attempt of every cell x fold, oldest first. */
  runs: Array<ExperimentRun>;
  /** Seed of the fold plan and of every run. */
  seed: Scalars['Int']['output'];
  /** Status, derived from its runs. */
  status: ExperimentStatus;
  /** Last status change. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A report file in the object store, with a presigned download URL. */
export type ExperimentReportFile = {
  __typename?: 'ExperimentReportFile';
  /** File name (figures/... for SVG). */
  name: Scalars['String']['output'];
  /** Presigned GET URL (expires). */
  url: Scalars['String']['output'];
};

/** Which files of an experiment report to link. */
export type ExperimentReportFormat =
  /** every file */
  | 'ALL'
  /** summary, folds, comparisons and runs as CSV */
  | 'CSV'
  /** the whole report as JSON */
  | 'JSON'
  /** report.md */
  | 'MARKDOWN'
  /** the figures */
  | 'SVG';

/** One attempt at one grid cell x fold: an ordinary training run. */
export type ExperimentRun = {
  __typename?: 'ExperimentRun';
  /** Grid cell key (setting). */
  cell: Scalars['String']['output'];
  /** Fold validated on, from 0. */
  fold: Scalars['Int']['output'];
  /** The training run. */
  run: TrainingRun;
};

/** Where an experiment is. */
export type ExperimentStatus =
  /** Cancelled. */
  | 'CANCELLED'
  /** Every cell x fold has a result; the report is final. */
  | 'DONE'
  /** Some cell x fold ran out of attempts; re-queue its runs to finish. */
  | 'FAILED'
  /** Runs created, none started. */
  | 'QUEUED'
  /** Trainers are working through its runs. */
  | 'RUNNING';

/** What an export writes (the formats of `hep2 export --format`). */
export type ExportFormat =
  /** annotations.json (COCO: RLE masks, pattern, ICAP code, intensity and fold as attributes) and the images. */
  | 'COCO'
  /** folds.csv: the specimen folds (specimen, fold letter, pattern, intensity). */
  | 'FOLDS'
  /** manifest.csv with a header (image, mask, pattern, intensity, specimen, fold), the images and PNG masks. */
  | 'HEADER_CSV'
  /** The seed layout: dataset.csv without a header (image, mask, pattern, intensity), the images and PNG masks. */
  | 'SEED_CSV'
  /** specimens.csv: one row per specimen (pattern, intensity, images, patches, fold, approved k/n). */
  | 'SPECIMEN_CSV';

/** One export format, from the catalog registry: what pickers offer and explain. */
export type ExportFormatInfo = {
  __typename?: 'ExportFormatInfo';
  /** What it writes. */
  description: Scalars['String']['output'];
  /** The format. */
  format: ExportFormat;
  /** The level it always writes (specimen-only formats); null: patches or specimens. */
  level: Maybe<ExportLevel>;
};

/** A dataset export made in the background as one .zip in object storage: its progress, then what the archive holds and the snapshot of the labels it was read from. */
export type ExportJob = {
  __typename?: 'ExportJob';
  /** Snapshot: approved annotations in the archive. */
  approvedLabels: Maybe<Scalars['Int']['output']>;
  /** Approved labels only; false: everything, each with its status. */
  approvedOnly: Scalars['Boolean']['output'];
  /** Size of the archive in bytes (a Float: archives may pass 2 GiB); null until SUCCEEDED. */
  bytes: Maybe<Scalars['Float']['output']>;
  /** When it was started. */
  createdAt: Scalars['DateTime']['output'];
  /** Who started it. */
  createdById: Maybe<Scalars['ID']['output']>;
  /** Their name (null once the account is deleted). */
  createdByName: Maybe<Scalars['String']['output']>;
  /** Dataset exported. */
  datasetId: Scalars['ID']['output'];
  /** A download link for the archive, signed anew on every read and valid for PRESIGN_TTL_SECONDS: the export stays downloadable for as long as it is kept. Null unless SUCCEEDED. */
  downloadUrl: Maybe<Scalars['String']['output']>;
  /** Why the job failed. */
  error: Maybe<Scalars['String']['output']>;
  /** The name the archive downloads under: dataset, format, level, scope and start time. */
  fileName: Scalars['String']['output'];
  /** Files in the archive, export.json included. */
  files: Maybe<Scalars['Int']['output']>;
  /** When it ended. */
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Format written. */
  format: ExportFormat;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Patches or specimens in the archive. */
  items: Maybe<Scalars['Int']['output']>;
  /** Items in the archive that carry a label (pattern, intensity or mask). */
  labels: Maybe<Scalars['Int']['output']>;
  /** Patches or specimens (specimen-only formats always specimens). */
  level: ExportLevel;
  /** Snapshot: the active model version when the labels were read (null: none, or since deleted). */
  modelVersionId: Maybe<Scalars['ID']['output']>;
  /** Snapshot: that model version's number. */
  modelVersionNumber: Maybe<Scalars['Int']['output']>;
  /** Snapshot: when the newest approved annotation in the archive was approved. */
  newestApprovalAt: Maybe<Scalars['DateTime']['output']>;
  /** Units of work done: files written, and items of COCO annotations.json. */
  progressDone: Scalars['Int']['output'];
  /** Units of work in all (0 until the labels are read). */
  progressTotal: Scalars['Int']['output'];
  /** Snapshot: when the labels were read (all in one transaction). */
  snapshotAt: Maybe<Scalars['DateTime']['output']>;
  /** When its (latest) attempt started. */
  startedAt: Maybe<Scalars['DateTime']['output']>;
  /** Job state. */
  status: ExportJobStatus;
  /** Items left out in all. */
  warningCount: Scalars['Int']['output'];
  /** Items left out and why (the first 100; export.json in the archive lists them all). */
  warnings: Array<Scalars['String']['output']>;
};

/** State of an export job. */
export type ExportJobStatus =
  /** Stopped with the reason in error; no archive was kept. */
  | 'FAILED'
  /** Accepted, waiting for a worker. */
  | 'QUEUED'
  /** Writing the archive; see its progress. */
  | 'RUNNING'
  /** The archive is stored: download it with downloadUrl. */
  | 'SUCCEEDED';

/** Unit of a CSV or COCO export. */
export type ExportLevel =
  /** Patches with their curated (or weak) labels and masks. */
  | 'PATCH'
  /** Whole specimens with their source labels and masks. */
  | 'SPECIMEN';

/** Temperature scaling of one head, fitted on the validation specimens. */
export type HeadCalibration = {
  __typename?: 'HeadCalibration';
  /** Reliability diagram after. */
  after: Array<ReliabilityBin>;
  /** Reliability diagram before. */
  before: Array<ReliabilityBin>;
  /** ECE with T (held out). */
  eceAfter: Maybe<Scalars['Float']['output']>;
  /** ECE without scaling (held out). */
  eceBefore: Maybe<Scalars['Float']['output']>;
  /** pattern, intensity or mask. */
  head: Scalars['String']['output'];
  /** Held-out predictions the ECE, NLL and diagrams are measured on (null: older fit). */
  heldOutSamples: Maybe<Scalars['Int']['output']>;
  /** NLL with T (held out). */
  nllAfter: Maybe<Scalars['Float']['output']>;
  /** NLL without scaling (held out). */
  nllBefore: Maybe<Scalars['Float']['output']>;
  /** Predictions T was fitted on. */
  samples: Maybe<Scalars['Int']['output']>;
  /** Fitted T (logits / T). */
  temperature: Maybe<Scalars['Float']['output']>;
};

/** Whether this API replica can reach its dependencies. */
export type Health = {
  __typename?: 'Health';
  /** Postgres answered. */
  database: Scalars['Boolean']['output'];
  /** The event bus listens: subscriptions get events (false for a few seconds after a database restart). */
  events: Scalars['Boolean']['output'];
  /** The object store answered. */
  objectStore: Scalars['Boolean']['output'];
  /** All dependencies reachable. */
  ok: Scalars['Boolean']['output'];
  /** API version. */
  version: Scalars['String']['output'];
};

/** How the imported images were grouped into specimens (kept in one fold). */
export type ImportGrouping = {
  __typename?: 'ImportGrouping';
  /** column, folder, seed, file or pattern:<regex> (see the import groupBy option). */
  by: Scalars['String']['output'];
  /** Chosen by the importer (no groupBy given). */
  detected: Scalars['Boolean']['output'];
  /** Distinct specimens (groups) among the good rows. */
  groups: Scalars['Int']['output'];
};

/** A dataset import running in the background, with its progress and row report. */
export type ImportJob = {
  __typename?: 'ImportJob';
  /** Any bad row stops the whole import. */
  allOrNothing: Scalars['Boolean']['output'];
  /** When it was started. */
  createdAt: Scalars['DateTime']['output'];
  /** Dataset imported into. */
  datasetId: Scalars['ID']['output'];
  /** Rows checked so far. */
  doneRows: Scalars['Int']['output'];
  /** Why the job failed as a whole. */
  error: Maybe<Scalars['String']['output']>;
  /** When it ended. */
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** How images were grouped into specimens; null before the scan ended. */
  grouping: Maybe<ImportGrouping>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** New specimens stored (committed when done). */
  importedRows: Scalars['Int']['output'];
  /** Whether the labels were imported as weak labels or as curated ground truth. */
  labels: ImportLabels;
  /** Manifest layout (detected unless given). */
  layout: Scalars['String']['output'];
  /** The imported masks at a glance; null without masks or before the scan ended. */
  maskSummary: Maybe<ImportMaskSummary>;
  /** Bad rows with their line and reason. */
  rowErrors: Array<ImportRowError>;
  /** Folder on the server. */
  source: Scalars['String']['output'];
  /** Job state. */
  status: JobStatus;
  /** Data rows in the manifest. */
  totalRows: Scalars['Int']['output'];
  /** What the scan found worth a look that did not fail a row (empty masks, lone groups...). */
  warnings: Array<Scalars['String']['output']>;
};

/** How far the labels of an import are trusted. */
export type ImportLabels =
  /** Expert ground truth: every patch is approved with an IMPORT annotation (no author), usable for training and validation, never queued. */
  | 'CURATED'
  /** Specimen labels for training only; the patches wait in the annotators' queue. */
  | 'WEAK';

/** Folder layouts the importer reads. */
export type ImportLayout =
  /** Cell crops with "Image ID, Image class" (no masks, no intensity). */
  | 'CELLS'
  /** Header naming image, mask, pattern, intensity and optional specimen, fold. */
  | 'HEADER_CSV'
  /** No header: image, mask, pattern, intensity (the seed code). */
  | 'SEED_CSV';

/** How many masks were made binary one way. */
export type ImportMaskBinarization = {
  __typename?: 'ImportMaskBinarization';
  /** Masks made binary this way. */
  masks: Scalars['Int']['output'];
  /** already-binary, two-levels, nonzero-labels, otsu or uniform. */
  method: Scalars['String']['output'];
};

/** What the imported masks look like: the ones worth a look, and the foreground share. */
export type ImportMaskSummary = {
  __typename?: 'ImportMaskSummary';
  /** How the masks were made binary, most used first. */
  binarizations: Array<ImportMaskBinarization>;
  /** Manifest lines whose mask looks like outlines rather than filled cells. */
  contourLines: Array<Scalars['Int']['output']>;
  /** Manifest lines whose mask has no foreground (accepted, but worth a look). */
  emptyLines: Array<Scalars['Int']['output']>;
  /** Largest foreground share, 0..1. */
  foregroundMax: Scalars['Float']['output'];
  /** Median foreground share, 0..1. */
  foregroundMedian: Scalars['Float']['output'];
  /** Smallest foreground share, 0..1. */
  foregroundMin: Scalars['Float']['output'];
  /** Masks read. */
  masks: Scalars['Int']['output'];
};

/** Scan options, as hep2 import takes them (--group-by, --folds-file, ...). */
export type ImportOptionsInput = {
  /** A fold table inside the imported folder: a CSV (image or specimen, fold) or a folder of fold_A.csv files. */
  foldsFile?: InputMaybe<Scalars['String']['input']>;
  /** Which images form one specimen: column, folder, seed, file or pattern:<regex> (detected when omitted). */
  groupBy?: InputMaybe<Scalars['String']['input']>;
  /** Lines with the same image content as an earlier one are skipped instead of failing. */
  skipDuplicates?: InputMaybe<Scalars['Boolean']['input']>;
  /** The specimens of this fold (0-based) become the fixed validation specimens. */
  validationFold?: InputMaybe<Scalars['Int']['input']>;
};

/** A manifest row that could not be imported. */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** 1-based line in the manifest. */
  line: Scalars['Int']['output'];
  /** Why the row was refused. */
  reason: Scalars['String']['output'];
};

/** An intensity level of a dataset (ordered by rank). */
export type IntensityLevel = {
  __typename?: 'IntensityLevel';
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Machine key, e.g. "positive". */
  key: Scalars['String']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Ordinal rank, 0 = weakest; the model’s class index. */
  rank: Scalars['Int']['output'];
  /** Keyboard shortcut in the editor. */
  shortcut: Maybe<Scalars['String']['output']>;
};

/** An intensity level of a new dataset, weakest first. */
export type IntensityLevelInput = {
  /** Machine key, e.g. "positive". */
  key: Scalars['String']['input'];
  /** Display name. */
  name: Scalars['String']['input'];
  /** Keyboard shortcut. */
  shortcut?: InputMaybe<Scalars['String']['input']>;
};

/** How intensity is labelled and learned. */
export type IntensityMode =
  /** positive vs intermediate: one logit, binary cross-entropy (the research sets). */
  | 'BINARY'
  /** K ordered levels (e.g. negative < intermediate < positive): softmax, weighted kappa. */
  | 'ORDINAL';

/** State of a background job. */
export type JobStatus =
  /** Stopped; nothing was imported when all-or-nothing. */
  | 'FAILED'
  /** Accepted, not started yet. */
  | 'PENDING'
  /** Working. */
  | 'RUNNING'
  /** Finished; see its counts and row errors. */
  | 'SUCCEEDED';

/** How many items carry one label. */
export type LabelCount = {
  __typename?: 'LabelCount';
  /** Items. */
  count: Scalars['Int']['output'];
  /** Label key. */
  key: Scalars['String']['output'];
  /** Label name. */
  name: Scalars['String']['output'];
};

/** Model quality at a number of curated labels. */
export type LearningCurvePoint = {
  __typename?: 'LearningCurvePoint';
  /** When recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** Curated labels. */
  labelCount: Scalars['Int']['output'];
  /** patternMca, patternAccuracy, intensityAccuracy, dice. */
  metrics: Scalars['JSON']['output'];
  /** The version measured, if any. */
  modelVersionId: Maybe<Scalars['ID']['output']>;
};

/** One label-efficiency curve: "active:<strategy>" or the "random" baseline. */
export type LearningCurveSeries = {
  __typename?: 'LearningCurveSeries';
  /** Points by label count. */
  points: Array<LearningCurvePoint>;
  /** Series name. */
  series: Scalars['String']['output'];
};

/** How a lease ended. */
export type LeaseEnd =
  /** No heartbeat before the expiry. */
  | 'EXPIRED'
  /** The holder gave the patch back. */
  | 'RELEASED'
  /** The holder skipped the patch (never served to them again). */
  | 'SKIPPED'
  /** The holder submitted. */
  | 'SUBMITTED';

/** A model version's calibration per head. */
export type ModelCalibration = {
  __typename?: 'ModelCalibration';
  /** heads or full: where dropout stays on in those passes. */
  dropoutMode: Maybe<Scalars['String']['output']>;
  /** When the temperatures were fitted (ISO). */
  fittedAt: Maybe<Scalars['String']['output']>;
  /** One entry per calibrated head. */
  heads: Array<HeadCalibration>;
  /** MC-dropout passes averaged in the prediction T was fitted on (1: deterministic). */
  mcSamples: Maybe<Scalars['Int']['output']>;
  /** Model version id. */
  modelVersionId: Scalars['ID']['output'];
  /** The fitting / held-out split; null for older fits, measured on their fitting patches. */
  split: Maybe<CalibrationSplit>;
  /** Validation patches used (fitting and held out together). */
  validationPatches: Maybe<Scalars['Int']['output']>;
};

/** The active model’s prediction for a patch, offered as an editable pre-label. */
export type ModelProposal = {
  __typename?: 'ModelProposal';
  /** Intensity uncertainty. */
  intensityEntropy: Scalars['Float']['output'];
  /** Most probable intensity. */
  intensityLevel: Maybe<IntensityLevel>;
  /** Calibrated intensity probabilities in the head’s class order (BINARY: intermediate, positive). */
  intensityProbs: Array<Scalars['Float']['output']>;
  /** Mean pixel uncertainty of the mask. */
  maskEntropy: Scalars['Float']['output'];
  /** Short-lived URL of the mask’s per-pixel probabilities (8-bit grey PNG, p × 255); predictions scored before these maps were stored have none (the URL then answers 404). */
  maskProbabilityUrl: Maybe<Scalars['String']['output']>;
  /** Short-lived URL of the proposed mask. */
  maskUrl: Maybe<Scalars['String']['output']>;
  /** Inference method, e.g. "deterministic". */
  method: Scalars['String']['output'];
  /** Model version that made it. */
  modelVersionId: Scalars['ID']['output'];
  /** Model version number. */
  modelVersionNumber: Scalars['Int']['output'];
  /** Most probable pattern. */
  patternClass: Maybe<PatternClass>;
  /** Pattern uncertainty. */
  patternEntropy: Scalars['Float']['output'];
  /** Calibrated pattern probabilities in class order. */
  patternProbs: Array<Scalars['Float']['output']>;
  /** Prediction id; send it with saves to record how much you changed it. */
  predictionId: Scalars['ID']['output'];
};

/** A trained model of a dataset: artifact, architecture, validation metrics, promotion verdict. */
export type ModelVersion = {
  __typename?: 'ModelVersion';
  /** Model configuration (variant, widths, input size, classes). */
  architecture: Scalars['JSON']['output'];
  /** Size of the stored artifact. */
  artifactBytes: Scalars['Int']['output'];
  /** Checksum verified on every load. */
  artifactSha256: Scalars['String']['output'];
  /** Expected calibration error per head. */
  calibration: Scalars['JSON']['output'];
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Dataset. */
  datasetId: Scalars['ID']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Curated labels it was trained and validated on. */
  labelCount: Scalars['Int']['output'];
  /** Patch- and specimen-level validation metrics, and the active version's on the same specimens. */
  metrics: Scalars['JSON']['output'];
  /** 1, 2, 3... per dataset. */
  number: Scalars['Int']['output'];
  /** Trainable parameters. */
  parameterCount: Scalars['Int']['output'];
  /** Version it was fine-tuned from. */
  parentId: Maybe<Scalars['ID']['output']>;
  /** Last activation. */
  promotedAt: Maybe<Scalars['DateTime']['output']>;
  /** The promotion rule's inputs and verdict, and activations. */
  promotion: Scalars['JSON']['output'];
  /** Lifecycle status. */
  status: ModelVersionStatus;
  /** Run that produced it. */
  trainingRunId: Maybe<Scalars['ID']['output']>;
};

/** Lifecycle of a model version. */
export type ModelVersionStatus =
  /** The version that scores patches and proposes labels. */
  | 'ACTIVE'
  /** Evaluated, waiting for promotion. */
  | 'CANDIDATE'
  /** Did not pass the promotion rule, or was rolled back. */
  | 'REJECTED'
  /** Was active; kept for rollback. */
  | 'RETIRED';

/** State changes; every one is written to the audit log. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Approves a submitted patch; name the annotation when several were submitted. SELF_REVIEW if you labelled the patch. */
  approvePatch: Annotation;
  /** Cancels a queued run, or asks a running one to stop. */
  cancelTrainingRun: TrainingRun;
  /** Changes the own password; other sessions are signed out and every API token is revoked. */
  changePassword: Scalars['Boolean']['output'];
  /** The next patch for you to label, under a lease: your returned work first, then started consensus patches, then the queue by priority. Repeating the call resumes your current lease. QUEUE_EMPTY when nothing is left. */
  claimNext: WorkItem;
  /** Validates an uploaded file on the server and makes it a specimen with patches (INVALID_IMAGE or PAYLOAD_TOO_LARGE otherwise). */
  completeSpecimenUpload: Specimen;
  /** Creates an API token for scripts, acting as the signed-in user. */
  createApiToken: CreatedApiToken;
  /** Creates a dataset; without a taxonomy or preset it gets the 7 reference patterns plus negative. */
  createDataset: Dataset;
  /** Plans k specimen-grouped, stratified folds and queues one training run per grid cell x fold (mask loss x task weighting x model variant). */
  createExperiment: Experiment;
  /** Creates a user (admins only). */
  createUser: User;
  /** Creates a webhook; its signing secret is in the answer and never shown again. */
  createWebhook: CreatedWebhook;
  /** Deletes a webhook and its delivery log; returns its id. */
  deleteWebhook: Scalars['ID']['output'];
  /** Your corrected labels (and mask) become the approved annotation of the patch. SELF_REVIEW if you labelled the patch. */
  editAndApprove: Annotation;
  /** Extends your live lease; LEASE_LOST if it already ended. */
  heartbeat: WorkLease;
  /** Your tab is closing or reloading: the lease ends within 30 s unless claimNext resumes it or a heartbeat extends it (never lengthens it). LEASE_LOST if it already ended. */
  leaveLease: WorkLease;
  /** Queues a PING delivery now, to test the receiver. */
  pingWebhook: WebhookDelivery;
  /** Makes a version active (the previous one is retired and kept for rollback). */
  promoteModelVersion: ModelVersion;
  /** Queues a new delivery (new id) with exactly the payload of an earlier one. */
  redeliverWebhookDelivery: WebhookDelivery;
  /** Recomputes a specimen’s rolled-up verdict and contradiction flags now (they also update on every submission and review). */
  refreshSpecimenRollup: Scalars['JSON']['output'];
  /** Returns a submitted annotation to its author with a comment; their next claimNext serves it first. SELF_REVIEW if you labelled the patch. */
  rejectAnnotation: Annotation;
  /** Gives the patch back to the queue; your draft is kept. */
  releaseLease: WorkLease;
  /** A presigned URL to PUT a dataset archive (.zip: manifest, images, masks) to; archives above MAX_ARCHIVE_BYTES are refused. */
  requestArchiveUpload: ArchiveUploadTicket;
  /** Re-ranks the queue from stored scores now and reports what the trainer still has to score (it picks unscored patches up within seconds). */
  requestScoring: ScoringStatus;
  /** A presigned URL to PUT one specimen image to; files above MAX_UPLOAD_BYTES are refused. */
  requestSpecimenUpload: UploadTicket;
  /** Queues a new attempt for every cell x fold whose latest run failed or was cancelled. */
  requeueFailedExperimentRuns: Experiment;
  /** Revokes an API token (own tokens; admins any). */
  revokeApiToken: ApiToken;
  /** Re-activates the previously active version; the current one is marked rejected. */
  rollbackModel: ModelVersion;
  /** Replaces the signing secret; every delivery sent from now on is signed with the new one. */
  rotateWebhookSecret: CreatedWebhook;
  /** Saves your work in progress as a new revision. STALE_VERSION (with currentVersion) if it changed meanwhile. */
  saveDraft: Annotation;
  /** Marks an approved patch as gold (served blind to annotators at the dataset’s gold rate, their submissions scored against it), or takes the mark away. */
  setGoldPatch: Patch;
  /** Signs in with email and password. Repeated failures are rate-limited. */
  signIn: SignInPayload;
  /** Ends the current session. */
  signOut: Scalars['Boolean']['output'];
  /** Gives the patch back and never serves it to you again. */
  skipPatch: WorkLease;
  /** Imports an uploaded archive with the same background job as startImport; follow it with importProgress. */
  startArchiveImport: ImportJob;
  /** Starts exporting a dataset as one .zip in the background; follow it with exportProgress, download it with ExportJob.downloadUrl. */
  startExport: ExportJob;
  /** Starts importing a folder on the server in the background; follow it with importProgress. */
  startImport: ImportJob;
  /** Submits your annotation and ends the lease. LEASE_LOST if the lease ended (your work is kept as a draft). */
  submitAnnotation: Annotation;
  /** Ends expired leases and returns their patches to the queue now (claims also do it lazily); returns how many ended. */
  sweepExpiredLeases: Scalars['Int']['output'];
  /** Queues a training run (settings default to the dataset policy). Refused with TRAINING_BUSY while one is queued or running, unless forced, and with TRAINING_NOT_READY below the minimum of Dataset.trainingReadiness, unless belowMinimum. */
  triggerTrainingRun: TrainingRun;
  /** Replaces the acquisition settings (validated); STALE_VERSION when the dataset changed meanwhile. */
  updateAcquisitionSettings: AcquisitionSettings;
  /** Changes dataset settings; fails with STALE_VERSION when someone else changed them first. */
  updateDatasetSettings: Dataset;
  /** Changes a user’s role, name or active flag (admins only). Deactivation ends their sessions and revokes their API tokens. */
  updateUser: User;
  /** Changes a webhook (URL, description, events, active). */
  updateWebhook: Webhook;
};


/** State changes; every one is written to the audit log. */
export type MutationApprovePatchArgs = {
  annotationId?: InputMaybe<Scalars['ID']['input']>;
  patchId: Scalars['ID']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationCancelTrainingRunArgs = {
  id: Scalars['ID']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationClaimNextArgs = {
  datasetId: Scalars['ID']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationCompleteSpecimenUploadArgs = {
  intensity?: InputMaybe<Scalars['String']['input']>;
  labels?: InputMaybe<ImportLabels>;
  pattern?: InputMaybe<Scalars['String']['input']>;
  uploadId: Scalars['ID']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationCreateApiTokenArgs = {
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationCreateDatasetArgs = {
  description?: InputMaybe<Scalars['String']['input']>;
  intensityMode?: InputMaybe<IntensityMode>;
  name: Scalars['String']['input'];
  patchSize?: InputMaybe<Scalars['Int']['input']>;
  slug: Scalars['String']['input'];
  strideX?: InputMaybe<Scalars['Int']['input']>;
  strideY?: InputMaybe<Scalars['Int']['input']>;
  taxonomy?: InputMaybe<TaxonomyInput>;
  taxonomyPreset?: InputMaybe<TaxonomyPreset>;
};


/** State changes; every one is written to the audit log. */
export type MutationCreateExperimentArgs = {
  datasetId: Scalars['ID']['input'];
  folds: Scalars['Int']['input'];
  grid?: InputMaybe<Scalars['JSON']['input']>;
  name: Scalars['String']['input'];
  seed?: InputMaybe<Scalars['Int']['input']>;
};


/** State changes; every one is written to the audit log. */
export type MutationCreateUserArgs = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  role: Role;
};


/** State changes; every one is written to the audit log. */
export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


/** State changes; every one is written to the audit log. */
export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationEditAndApproveArgs = {
  fromAnnotationId?: InputMaybe<Scalars['ID']['input']>;
  input: AnnotationInput;
};


/** State changes; every one is written to the audit log. */
export type MutationHeartbeatArgs = {
  leaseId: Scalars['ID']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationLeaveLeaseArgs = {
  leaseId: Scalars['ID']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationPingWebhookArgs = {
  id: Scalars['ID']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationPromoteModelVersionArgs = {
  id: Scalars['ID']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationRedeliverWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationRefreshSpecimenRollupArgs = {
  specimenId: Scalars['ID']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationRejectAnnotationArgs = {
  annotationId: Scalars['ID']['input'];
  comment: Scalars['String']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationReleaseLeaseArgs = {
  leaseId: Scalars['ID']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationRequestArchiveUploadArgs = {
  datasetId: Scalars['ID']['input'];
  filename: Scalars['String']['input'];
  size: Scalars['Float']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationRequestScoringArgs = {
  datasetId: Scalars['ID']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationRequestSpecimenUploadArgs = {
  datasetId: Scalars['ID']['input'];
  filename: Scalars['String']['input'];
  size: Scalars['Int']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationRequeueFailedExperimentRunsArgs = {
  id: Scalars['ID']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationRollbackModelArgs = {
  datasetId: Scalars['ID']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationSaveDraftArgs = {
  input: AnnotationInput;
};


/** State changes; every one is written to the audit log. */
export type MutationSetGoldPatchArgs = {
  gold: Scalars['Boolean']['input'];
  patchId: Scalars['ID']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationSkipPatchArgs = {
  leaseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationStartArchiveImportArgs = {
  allOrNothing?: InputMaybe<Scalars['Boolean']['input']>;
  datasetId: Scalars['ID']['input'];
  labels?: InputMaybe<ImportLabels>;
  layout?: InputMaybe<ImportLayout>;
  options?: InputMaybe<ImportOptionsInput>;
  uploadId: Scalars['ID']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationStartExportArgs = {
  approvedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  datasetId: Scalars['ID']['input'];
  format: ExportFormat;
  level?: InputMaybe<ExportLevel>;
};


/** State changes; every one is written to the audit log. */
export type MutationStartImportArgs = {
  allOrNothing?: InputMaybe<Scalars['Boolean']['input']>;
  datasetId: Scalars['ID']['input'];
  labels?: InputMaybe<ImportLabels>;
  layout?: InputMaybe<ImportLayout>;
  options?: InputMaybe<ImportOptionsInput>;
  serverPath: Scalars['String']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationSubmitAnnotationArgs = {
  input: AnnotationInput;
};


/** State changes; every one is written to the audit log. */
export type MutationTriggerTrainingRunArgs = {
  belowMinimum?: InputMaybe<Scalars['Boolean']['input']>;
  config?: InputMaybe<TrainingRunConfigInput>;
  datasetId: Scalars['ID']['input'];
  force?: InputMaybe<Scalars['Boolean']['input']>;
};


/** State changes; every one is written to the audit log. */
export type MutationUpdateAcquisitionSettingsArgs = {
  datasetId: Scalars['ID']['input'];
  settings: Scalars['JSON']['input'];
  version: Scalars['Int']['input'];
};


/** State changes; every one is written to the audit log. */
export type MutationUpdateDatasetSettingsArgs = {
  agreementThreshold?: InputMaybe<Scalars['Float']['input']>;
  annotatorsPerPatch?: InputMaybe<Scalars['Int']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  doubleLabelShare?: InputMaybe<Scalars['Float']['input']>;
  expectedVersion: Scalars['Int']['input'];
  goldRate?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  patchSize?: InputMaybe<Scalars['Int']['input']>;
  strideX?: InputMaybe<Scalars['Int']['input']>;
  strideY?: InputMaybe<Scalars['Int']['input']>;
};


/** State changes; every one is written to the audit log. */
export type MutationUpdateUserArgs = {
  active?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
};


/** State changes; every one is written to the audit log. */
export type MutationUpdateWebhookArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWebhookInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A square crop of a specimen: the unit annotators label and the model scores. */
export type Patch = {
  __typename?: 'Patch';
  /** Score from the active-learning strategy. */
  acquisitionScore: Maybe<Scalars['Float']['output']>;
  /** Strategy that set the priority. */
  acquisitionStrategy: Maybe<Scalars['String']['output']>;
  /** Share of annotator pairs giving the same intensity (raw agreement). Annotators: once approved or archived. */
  agreementIntensity: Maybe<Scalars['Float']['output']>;
  /** Mean pairwise Dice of annotators’ masks. Annotators: once approved or archived. */
  agreementMask: Maybe<Scalars['Float']['output']>;
  /** Share of annotator pairs giving the same pattern (1 agree, 0 disagree with two annotators): raw agreement, no statistic on one patch. Annotators: once the patch is approved or archived. */
  agreementPattern: Maybe<Scalars['Float']['output']>;
  /** Labels contradict the specimen’s verdict. Annotators: once approved or archived. */
  contradictsSpecimen: Scalars['Boolean']['output'];
  /** Dataset id. */
  datasetId: Scalars['ID']['output'];
  /** Picked for double labelling: needs two annotators (curators). */
  doubleLabel: Scalars['Boolean']['output'];
  /** A gold patch: served blind to annotators and scored against its label (curators). */
  gold: Scalars['Boolean']['output'];
  /** Short-lived URL of the imported ground-truth mask (curators and admins only). */
  groundTruthMaskUrl: Maybe<Scalars['String']['output']>;
  /** Height in pixels. */
  height: Scalars['Int']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Short-lived URL of the patch image (PNG). */
  imageUrl: Scalars['String']['output'];
  /** Below the dataset’s agreement threshold. Annotators: once approved or archived. */
  lowAgreement: Scalars['Boolean']['output'];
  /** The crop was smaller than the patch size and padded. */
  padded: Scalars['Boolean']['output'];
  /** Queue priority (higher first). */
  priority: Scalars['Float']['output'];
  /** The active model’s latest proposal for this patch, if any (curators and admins only). */
  proposal: Maybe<ModelProposal>;
  /** The specimen this patch was cut from. */
  specimen: Specimen;
  /** Workflow status (a gold patch reads as in progress to annotators: it is served blind). */
  status: PatchStatus;
  /** Submitted annotations so far (gold attempts are not counted). */
  submittedCount: Scalars['Int']['output'];
  /** Last change. */
  updatedAt: Scalars['DateTime']['output'];
  /** Optimistic-concurrency version. */
  version: Scalars['Int']['output'];
  /** Width in pixels. */
  width: Scalars['Int']['output'];
  /** Left edge in the specimen. */
  x: Scalars['Int']['output'];
  /** Top edge in the specimen. */
  y: Scalars['Int']['output'];
};

/** A curator decided on a patch. */
export type PatchReviewEvent = {
  __typename?: 'PatchReviewEvent';
  /** The annotation decided on. */
  annotationId: Maybe<Scalars['ID']['output']>;
  /** The curator’s comment. */
  comment: Maybe<Scalars['String']['output']>;
  /** Its dataset. */
  datasetId: Scalars['ID']['output'];
  /** The decision. */
  decision: ReviewDecision;
  /** The patch. */
  patchId: Scalars['ID']['output'];
};

/** Where a patch is in the labeling workflow. */
export type PatchStatus =
  /** Curated: training may use it. */
  | 'APPROVED'
  /** Excluded from labeling. */
  | 'ARCHIVED'
  /** Held by an annotator or has a draft. */
  | 'IN_PROGRESS'
  /** Waiting for annotators. */
  | 'QUEUED'
  /** Sent back to its annotator with a comment. */
  | 'RETURNED'
  /** Enough submissions; waiting for a curator. */
  | 'SUBMITTED';

/** A staining pattern of a dataset’s taxonomy, with its ICAP codes. */
export type PatternClass = {
  __typename?: 'PatternClass';
  /** Display colour. */
  color: Scalars['String']['output'];
  /** ICAP codes, e.g. ["AC-3"]. */
  icapCodes: Array<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Machine key, e.g. "centromere". */
  key: Scalars['String']['output'];
  /** Display label, e.g. "Centromere (AC-3)". */
  label: Scalars['String']['output'];
  /** Name in the users’ language. */
  name: Scalars['String']['output'];
  /** Order, and the model’s class index. */
  position: Scalars['Int']['output'];
  /** Keyboard shortcut in the editor. */
  shortcut: Maybe<Scalars['String']['output']>;
};

/** A pattern class of a new dataset (its position in the list is the class index). */
export type PatternClassInput = {
  /** Display colour (#rrggbb). */
  color?: InputMaybe<Scalars['String']['input']>;
  /** ICAP codes, e.g. ["AC-3"]. */
  icapCodes: Array<Scalars['String']['input']>;
  /** Machine key, e.g. "centromere". */
  key: Scalars['String']['input'];
  /** Display name. */
  name: Scalars['String']['input'];
  /** Keyboard shortcut. */
  shortcut?: InputMaybe<Scalars['String']['input']>;
};

/** Who is working on which patch right now. */
export type PresenceEntry = {
  __typename?: 'PresenceEntry';
  /** When the lease ends without a heartbeat. */
  expiresAt: Scalars['DateTime']['output'];
  /** Their lease. */
  leaseId: Scalars['ID']['output'];
  /** The patch they hold. */
  patchId: Scalars['ID']['output'];
  /** When they took it. */
  since: Scalars['DateTime']['output'];
  /** The annotator. */
  userId: Scalars['ID']['output'];
  /** Their display name. */
  userName: Scalars['String']['output'];
};

/** Read access to the platform. */
export type Query = {
  __typename?: 'Query';
  /** The dataset's acquisition strategy settings (defaults filled in). */
  acquisitionSettings: AcquisitionSettings;
  /** simulate:al results stored for the dataset (`--store <slug>`), newest first. */
  activeLearningSimulations: Array<ActiveLearningSimulation>;
  /** The version that currently scores patches and proposes labels, if any. */
  activeModelVersion: Maybe<ModelVersion>;
  /** One annotation: your own, or (curators) anyone’s submitted work. Drafts stay private. */
  annotation: Annotation;
  /** Per-annotator agreement with co-annotators (admins). */
  annotatorAgreement: Array<AnnotatorAgreement>;
  /** Per annotator: scores against gold patches and against the curated consensus (curators). */
  annotatorScores: Array<AnnotatorScore>;
  /** Per-annotator speed and review outcomes on a dataset over the last `days` calendar days (UTC, today included), by name (admins). */
  annotatorThroughput: Array<AnnotatorThroughput>;
  /** The audit trail, newest first (admins only). */
  auditLog: QueryAuditLogConnection;
  /** Temperature, ECE before/after and reliability bins per head of a model version. */
  calibration: ModelCalibration;
  /** One dataset by id or slug. */
  dataset: Dataset;
  /** Dataset-wide agreement over patches labelled by two or more annotators: Fleiss’ kappa and Krippendorff’s alpha with 95 % intervals (curators). */
  datasetAgreement: DatasetAgreement;
  /** Datasets that are not archived, by name. */
  datasets: Array<Dataset>;
  /** One experiment with its runs and report. */
  experiment: Experiment;
  /** Presigned URLs of the report files (Markdown, CSV, SVG figures, JSON); provisional until DONE. */
  experimentReport: Array<ExperimentReportFile>;
  /** Experiments of a dataset, newest first. */
  experiments: Array<Experiment>;
  /** The export formats, with what each writes (the catalog registry: new formats appear here). */
  exportFormats: Array<ExportFormatInfo>;
  /** One export job with its progress, or its archive and snapshot. */
  exportJob: ExportJob;
  /** Export jobs of a dataset, newest first. */
  exportJobs: QueryExportJobsConnection;
  /** Health of this API replica (also at GET /readyz). */
  health: Health;
  /** One import job with its progress and row report. */
  importJob: ImportJob;
  /** Import jobs of a dataset, newest first. */
  importJobs: Array<ImportJob>;
  /** Model quality against curated labels, per series (active strategy, random baseline). */
  labelEfficiencyCurve: Array<LearningCurveSeries>;
  /** Model versions of a dataset, newest first. */
  modelVersions: Array<ModelVersion>;
  /** Your own annotations (drafts included), most recently changed first. */
  myAnnotations: QueryMyAnnotationsConnection;
  /** The signed-in user's API tokens. */
  myApiTokens: Array<ApiToken>;
  /** Your annotations a curator sent back and that still wait for you (each has its returnComment). */
  myReturnedWork: Array<Annotation>;
  /** Your own speed and review outcomes over the last `days` calendar days (UTC, today included): on one dataset, or on all. Null before any work in the window. */
  myThroughput: Maybe<AnnotatorThroughput>;
  /** One patch. */
  patch: Patch;
  /** Annotations of a patch: curators see all submitted work (and their own drafts); annotators only their own. */
  patchAnnotations: Array<Annotation>;
  /** Patches of a dataset, highest priority first, filtered by status or specimen. */
  patches: QueryPatchesConnection;
  /** Who holds which patch of a dataset right now. */
  presence: Array<PresenceEntry>;
  /** How the next N queued patches split by reason, strategy and predicted pattern. */
  queueComposition: QueueComposition;
  /** Patches per status and live leases of a dataset. */
  queueCounts: QueueCounts;
  /** Submitted patches waiting for your review: low agreement first, then specimen contradictions, then oldest. Patches you labelled are left out unless ALLOW_SELF_REVIEW is set. */
  reviewQueue: QueryReviewQueueConnection;
  /** One specimen. */
  specimen: Specimen;
  /** One training run with its epochs. */
  trainingRun: TrainingRun;
  /** The settings a run of this dataset gets where triggerTrainingRun's config leaves them open: the dataset policy's runDefaults, then the dataset (input size), then the defaults. */
  trainingRunDefaults: TrainingRunConfig;
  /** Training runs of a dataset, newest first. */
  trainingRuns: QueryTrainingRunsConnection;
  /** The next patches claimNext would most likely serve you, in order, without claiming them (no lease, nothing written): prefetch their images. Your current patch is left out. At most 5. */
  upcomingPatches: Array<UpcomingPatch>;
  /** All users, newest first, optionally filtered by role or text. */
  users: QueryUsersConnection;
  /** The signed-in user, or null. */
  viewer: Maybe<User>;
  /** One webhook with its delivery log, or null (admins only). */
  webhook: Maybe<Webhook>;
  /** Every webhook, newest first (admins only). */
  webhooks: Array<Webhook>;
};


/** Read access to the platform. */
export type QueryAcquisitionSettingsArgs = {
  datasetId: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryActiveLearningSimulationsArgs = {
  datasetId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** Read access to the platform. */
export type QueryActiveModelVersionArgs = {
  datasetId: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryAnnotationArgs = {
  id: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryAnnotatorAgreementArgs = {
  datasetId: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryAnnotatorScoresArgs = {
  datasetId: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryAnnotatorThroughputArgs = {
  datasetId: Scalars['ID']['input'];
  days?: InputMaybe<Scalars['Int']['input']>;
};


/** Read access to the platform. */
export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Read access to the platform. */
export type QueryCalibrationArgs = {
  modelVersionId: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryDatasetArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


/** Read access to the platform. */
export type QueryDatasetAgreementArgs = {
  datasetId: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryExperimentArgs = {
  id: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryExperimentReportArgs = {
  format?: ExperimentReportFormat;
  id: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryExperimentsArgs = {
  datasetId: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryExportJobArgs = {
  id: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryExportJobsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  datasetId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Read access to the platform. */
export type QueryImportJobArgs = {
  id: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryImportJobsArgs = {
  datasetId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** Read access to the platform. */
export type QueryLabelEfficiencyCurveArgs = {
  datasetId: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryModelVersionsArgs = {
  datasetId: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryMyAnnotationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  datasetId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<AnnotationStatus>;
};


/** Read access to the platform. */
export type QueryMyReturnedWorkArgs = {
  datasetId?: InputMaybe<Scalars['ID']['input']>;
};


/** Read access to the platform. */
export type QueryMyThroughputArgs = {
  datasetId?: InputMaybe<Scalars['ID']['input']>;
  days?: InputMaybe<Scalars['Int']['input']>;
};


/** Read access to the platform. */
export type QueryPatchArgs = {
  id: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryPatchAnnotationsArgs = {
  patchId: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryPatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  datasetId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  specimenId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<PatchStatus>;
};


/** Read access to the platform. */
export type QueryPresenceArgs = {
  datasetId: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryQueueCompositionArgs = {
  datasetId: Scalars['ID']['input'];
  size?: InputMaybe<Scalars['Int']['input']>;
};


/** Read access to the platform. */
export type QueryQueueCountsArgs = {
  datasetId: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  datasetId: Scalars['ID']['input'];
  filter?: InputMaybe<ReviewFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** Read access to the platform. */
export type QuerySpecimenArgs = {
  id: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryTrainingRunArgs = {
  id: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryTrainingRunDefaultsArgs = {
  datasetId: Scalars['ID']['input'];
};


/** Read access to the platform. */
export type QueryTrainingRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  datasetId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<TrainingRunStatus>;
};


/** Read access to the platform. */
export type QueryUpcomingPatchesArgs = {
  datasetId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read access to the platform. */
export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Role>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** Read access to the platform. */
export type QueryWebhookArgs = {
  id: Scalars['ID']['input'];
};

export type QueryAuditLogConnection = {
  __typename?: 'QueryAuditLogConnection';
  edges: Array<QueryAuditLogConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryAuditLogConnectionEdge = {
  __typename?: 'QueryAuditLogConnectionEdge';
  cursor: Scalars['String']['output'];
  node: AuditEntry;
};

export type QueryExportJobsConnection = {
  __typename?: 'QueryExportJobsConnection';
  edges: Array<QueryExportJobsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryExportJobsConnectionEdge = {
  __typename?: 'QueryExportJobsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: ExportJob;
};

export type QueryMyAnnotationsConnection = {
  __typename?: 'QueryMyAnnotationsConnection';
  edges: Array<QueryMyAnnotationsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryMyAnnotationsConnectionEdge = {
  __typename?: 'QueryMyAnnotationsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Annotation;
};

export type QueryPatchesConnection = {
  __typename?: 'QueryPatchesConnection';
  edges: Array<QueryPatchesConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryPatchesConnectionEdge = {
  __typename?: 'QueryPatchesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Patch;
};

export type QueryReviewQueueConnection = {
  __typename?: 'QueryReviewQueueConnection';
  edges: Array<QueryReviewQueueConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryReviewQueueConnectionEdge = {
  __typename?: 'QueryReviewQueueConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Patch;
};

export type QueryTrainingRunsConnection = {
  __typename?: 'QueryTrainingRunsConnection';
  edges: Array<QueryTrainingRunsConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryTrainingRunsConnectionEdge = {
  __typename?: 'QueryTrainingRunsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: TrainingRun;
};

export type QueryUsersConnection = {
  __typename?: 'QueryUsersConnection';
  edges: Array<QueryUsersConnectionEdge>;
  pageInfo: PageInfo;
};

export type QueryUsersConnectionEdge = {
  __typename?: 'QueryUsersConnectionEdge';
  cursor: Scalars['String']['output'];
  node: User;
};

/** The next patches of the queue, split by why they were chosen. */
export type QueueComposition = {
  __typename?: 'QueueComposition';
  /** Active version. */
  activeModelVersionId: Maybe<Scalars['ID']['output']>;
  /** Counts per predicted pattern. */
  byPredictedPattern: Array<CompositionCount>;
  /** Counts per reason. */
  byReason: Array<CompositionCount>;
  /** Counts per strategy. */
  byStrategy: Array<CompositionCount>;
  /** Dataset id. */
  datasetId: Scalars['ID']['output'];
  /** The patches, in serving order. */
  items: Array<QueueCompositionItem>;
  /** Patches looked at. */
  size: Scalars['Int']['output'];
  /** Of those, never ranked by a strategy. */
  unscored: Scalars['Int']['output'];
};

/** One queued patch, in serving order. */
export type QueueCompositionItem = {
  __typename?: 'QueueCompositionItem';
  /** The strategy's raw score. */
  acquisitionScore: Maybe<Scalars['Float']['output']>;
  /** Patch id. */
  patchId: Scalars['ID']['output'];
  /** Active model prediction (key). */
  predictedPattern: Maybe<Scalars['String']['output']>;
  /** Queue priority (higher first). */
  priority: Scalars['Float']['output'];
  /** uncertainty, diversity, rare-class, specimen, random or rest. */
  reason: Maybe<Scalars['String']['output']>;
  /** Specimen id. */
  specimenId: Scalars['ID']['output'];
  /** Strategy that ranked it. */
  strategy: Maybe<Scalars['String']['output']>;
};

/** Patches per workflow status of one dataset, and live leases. */
export type QueueCounts = {
  __typename?: 'QueueCounts';
  /** Patches someone holds right now. */
  activeLeases: Scalars['Int']['output'];
  /** Curated. */
  approved: Scalars['Int']['output'];
  /** Excluded. */
  archived: Scalars['Int']['output'];
  /** Dataset. */
  datasetId: Scalars['ID']['output'];
  /** Held or partly annotated. */
  inProgress: Scalars['Int']['output'];
  /** Submitted with low agreement. */
  lowAgreement: Scalars['Int']['output'];
  /** Waiting for annotators. */
  queued: Scalars['Int']['output'];
  /** Sent back to annotators. */
  returned: Scalars['Int']['output'];
  /** Waiting for review. */
  submitted: Scalars['Int']['output'];
};

/** One confidence bin (lo, hi] of a reliability diagram. */
export type ReliabilityBin = {
  __typename?: 'ReliabilityBin';
  /** Fraction correct. */
  accuracy: Maybe<Scalars['Float']['output']>;
  /** Mean confidence. */
  confidence: Maybe<Scalars['Float']['output']>;
  /** Validation predictions in the bin. */
  count: Scalars['Int']['output'];
  /** Upper edge. */
  hi: Scalars['Float']['output'];
  /** Lower edge. */
  lo: Scalars['Float']['output'];
};

/** A curator’s decision. */
export type ReviewDecision =
  /** Approved as submitted. */
  | 'APPROVE'
  /** Corrected by the curator and approved. */
  | 'EDIT_APPROVE'
  /** Returned to the author with a comment. */
  | 'REJECT';

/** Which submitted patches a curator wants to see. */
export type ReviewFilter =
  /** Every submitted patch (low agreement and contradictions first). */
  | 'ALL'
  /** Only patches contradicting their specimen’s verdict. */
  | 'CONTRADICTS_SPECIMEN'
  /** Only patches whose annotators disagree. */
  | 'LOW_AGREEMENT';

/** A binary mask as COCO uncompressed RLE: run lengths over column-major pixels, starting with background. */
export type RleMaskInput = {
  /** Alternating background/foreground run lengths covering every pixel. */
  counts: Array<Scalars['Int']['input']>;
  /** [height, width]; must equal the patch size. */
  size: Array<Scalars['Int']['input']>;
};

/** What a user may do. Roles are hierarchical: admin > curator > annotator. */
export type Role =
  /** Manages datasets, users, training and models; can do everything. */
  | 'ADMIN'
  /** Labels patches: pattern, intensity, mask. */
  | 'ANNOTATOR'
  /** Reviews: approves, rejects, resolves disagreement; can also label. */
  | 'CURATOR';

/** How much of the unlabelled pool the active version has scored. */
export type ScoringStatus = {
  __typename?: 'ScoringStatus';
  /** The scoring version. */
  activeModelVersionId: Maybe<Scalars['ID']['output']>;
  /** Dataset id. */
  datasetId: Scalars['ID']['output'];
  /** Prediction method, e.g. "mc-dropout-8". */
  method: Scalars['String']['output'];
  /** Patches re-ranked from stored scores just now. */
  reranked: Scalars['Int']['output'];
  /** Unlabelled patches with a stored score. */
  scored: Scalars['Int']['output'];
  /** Unlabelled patches the trainer still has to score. */
  unscored: Scalars['Int']['output'];
};

/** A new session. Browsers also get it as an HttpOnly cookie; scripts send it as a Bearer token. */
export type SignInPayload = {
  __typename?: 'SignInPayload';
  /** When the session ends. */
  expiresAt: Scalars['DateTime']['output'];
  /** Session bearer token (shown once). */
  token: Scalars['String']['output'];
  /** The signed-in user. */
  user: User;
};

/** One arm against random on one test set and metric, paired over seeds. */
export type SimulationComparison = {
  __typename?: 'SimulationComparison';
  /** The arm. */
  arm: Scalars['String']['output'];
  /** Mean paired AUC difference to random, with its interval (null for random). */
  aucDifference: Maybe<SimulationInterval>;
  /** Mean over seeds of the arm's normalised AUC over label cost. */
  aucMean: Maybe<Scalars['Float']['output']>;
  /** Median share of the budget the arm needs to reach random's full-budget value. */
  costRatioMedian: Maybe<SimulationInterval>;
  /** The metric. */
  metric: Scalars['String']['output'];
  /** Seeds in which the arm reached random's final value. */
  reached: Scalars['Int']['output'];
  /** Seeds compared. */
  seeds: Scalars['Int']['output'];
  /** balanced or natural. */
  testSet: Scalars['String']['output'];
};

/** One arm's mean curve over seeds on one test set. */
export type SimulationCurve = {
  __typename?: 'SimulationCurve';
  /** random, random+quota, uncertainty, diversity or full (the production strategy). */
  arm: Scalars['String']['output'];
  /** Points by cost. */
  points: Array<SimulationPoint>;
  /** balanced or natural. */
  testSet: Scalars['String']['output'];
};

/** A paired percentile bootstrap interval over seeds (95 %); a null value means "not reached within the budget". */
export type SimulationInterval = {
  __typename?: 'SimulationInterval';
  /** The statistic on all seeds. */
  estimate: Maybe<Scalars['Float']['output']>;
  /** Lower bound. */
  lower: Maybe<Scalars['Float']['output']>;
  /** Upper bound. */
  upper: Maybe<Scalars['Float']['output']>;
};

/** Cost units of one label per task. */
export type SimulationLabelCost = {
  __typename?: 'SimulationLabelCost';
  /** An intensity label. */
  intensity: Scalars['Float']['output'];
  /** A drawn mask. */
  mask: Scalars['Float']['output'];
  /** A pattern label. */
  pattern: Scalars['Float']['output'];
};

/** One metric at one curve point, over seeds. */
export type SimulationMetricValue = {
  __typename?: 'SimulationMetricValue';
  /** Mean over seeds (null: no test label). */
  mean: Maybe<Scalars['Float']['output']>;
  /** composite, patternMca, patternAccuracy, intensityAccuracy or dice. */
  metric: Scalars['String']['output'];
  /** Sample SD over seeds. */
  sd: Maybe<Scalars['Float']['output']>;
};

/** One point of an arm: after the seed set or an acquisition round. */
export type SimulationPoint = {
  __typename?: 'SimulationPoint';
  /** Label cost spent, in cost units. */
  cost: Scalars['Float']['output'];
  /** Labelled patches. */
  labels: Scalars['Int']['output'];
  /** Metrics at this point. */
  values: Array<SimulationMetricValue>;
};

/** One specimen image (a patient’s well), its weak labels and its patches. */
export type Specimen = {
  __typename?: 'Specimen';
  /** 8 or 16. */
  bitDepth: Scalars['Int']['output'];
  /** sha256 of the original file. */
  contentHash: Scalars['String']['output'];
  /** How a colour source was made grey ("none", "green-channel", "luminance"). */
  conversion: Scalars['String']['output'];
  /** Short-lived URL of a browser-readable 8-bit PNG of the specimen (at most 1600 px, windowed once per specimen); null when the original cannot be read. */
  displayUrl: Maybe<Scalars['String']['output']>;
  /** The specimen’s display window in raw units (the editor’s default); null when unreadable. */
  displayWindow: Maybe<DisplayWindow>;
  /** The name the lab knows it by. */
  externalId: Scalars['String']['output'];
  /** Cross-validation fold. */
  fold: Maybe<Scalars['Int']['output']>;
  /** Height in pixels. */
  height: Scalars['Int']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Short-lived URL of the original image. */
  imageUrl: Scalars['String']['output'];
  /** Curated imports: the specimen’s imported ground truth (shown as its verdict, since nobody submits there); null otherwise. Curators and admins (annotators with ANNOTATORS_SEE_IMPORTED_LABELS). */
  importedTruth: Maybe<SpecimenImportedTruth>;
  /** Specimen-level (weak) intensity label (curators; see specimenLabelScopes). */
  intensityLevel: Maybe<IntensityLevel>;
  /** Held out to compare model versions. */
  isValidation: Scalars['Boolean']['output'];
  /** Short-lived URL of the imported mask, if any (curators; see specimenLabelScopes). */
  maskUrl: Maybe<Scalars['String']['output']>;
  /** All patches of this specimen, row by row. */
  patches: Array<Patch>;
  /** Specimen-level (weak) pattern label (curators; see specimenLabelScopes). */
  patternClass: Maybe<PatternClass>;
  /** Specimen-level verdict rolled up from patches (curators; see specimenLabelScopes). */
  rollup: Maybe<Scalars['JSON']['output']>;
  /** Where it came from. */
  source: SpecimenSource;
  /** Width in pixels. */
  width: Scalars['Int']['output'];
};

/** Expert ground truth imported with a curated dataset (approved IMPORT annotations, no author): a curated specimen’s verdict, never an annotator’s. */
export type SpecimenImportedTruth = {
  __typename?: 'SpecimenImportedTruth';
  /** The imported intensity (the one most of those patches carry). */
  intensityLevel: Maybe<IntensityLevel>;
  /** Patches carrying imported ground truth. */
  patches: Scalars['Int']['output'];
  /** The imported pattern (the one most of those patches carry). */
  patternClass: Maybe<PatternClass>;
};

/** Where a specimen image came from. */
export type SpecimenSource =
  /** Imported from a dataset folder. */
  | 'IMPORT'
  /** Generated by the platform’s synthetic generator. */
  | 'SYNTHETIC'
  /** Uploaded through the app or API. */
  | 'UPLOAD';

/** Number of patches in one status. */
export type StatusCount = {
  __typename?: 'StatusCount';
  /** Patches. */
  count: Scalars['Int']['output'];
  /** Status. */
  status: PatchStatus;
};

/** Live updates over graphql-ws. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Every state change on any API replica, live (admins only). */
  auditAppended: AuditEvent;
  /** The export job now, then again as it progresses and when it ends. */
  exportProgress: ExportJob;
  /** The import job now, then again as it progresses and when it ends. */
  importProgress: ImportJob;
  /** Your annotations as curators send them back, with their comment. */
  myReturnedWork: Annotation;
  /** Review decisions: on patches you annotated, or (curators) on any patch of the dataset. */
  patchReviewed: PatchReviewEvent;
  /** Who holds which patch of a dataset, re-sent when leases start or end (bursts coalesced: at most one update a second). */
  presence: Array<PresenceEntry>;
  /** Queue counts of a dataset, re-sent after claims, submissions and reviews (bursts coalesced: at most one update a second). */
  queueCounts: QueueCounts;
  /** A run changed (status, progress, epoch) on any trainer: by run, or every run of a dataset. */
  trainingRunUpdated: TrainingRun;
};


/** Live updates over graphql-ws. */
export type SubscriptionExportProgressArgs = {
  jobId: Scalars['ID']['input'];
};


/** Live updates over graphql-ws. */
export type SubscriptionImportProgressArgs = {
  jobId: Scalars['ID']['input'];
};


/** Live updates over graphql-ws. */
export type SubscriptionPatchReviewedArgs = {
  datasetId: Scalars['ID']['input'];
};


/** Live updates over graphql-ws. */
export type SubscriptionPresenceArgs = {
  datasetId: Scalars['ID']['input'];
};


/** Live updates over graphql-ws. */
export type SubscriptionQueueCountsArgs = {
  datasetId: Scalars['ID']['input'];
};


/** Live updates over graphql-ws. */
export type SubscriptionTrainingRunUpdatedArgs = {
  datasetId?: InputMaybe<Scalars['ID']['input']>;
  runId?: InputMaybe<Scalars['ID']['input']>;
};

/** The label classes of a dataset; the reference taxonomy is used when omitted. */
export type TaxonomyInput = {
  /** Intensity levels, weakest first. */
  intensities: Array<IntensityLevelInput>;
  /** Pattern classes in model order. */
  patterns: Array<PatternClassInput>;
};

/** Named taxonomies a dataset can be created with. */
export type TaxonomyPreset =
  /** I3A Task-1: homogeneous, speckled, nucleolar, centromere, golgi, nuclear membrane. */
  | 'I3A'
  /** The reference: 7 ICAP patterns plus negative. */
  | 'SEED'
  /** SNPHEp-2: homogeneous, coarse speckled (AC-5), fine speckled (AC-4), nucleolar, centromere. */
  | 'SNPHEP2';

/** Values of the training setting classBalance: Pattern and intensity class weights from the training labels' frequencies. */
export type TrainingClassBalance =
  /** Stored as "inverse-frequency". */
  | 'INVERSE_FREQUENCY'
  /** Stored as "none". */
  | 'NONE';

/** One epoch of a run: mean task losses and task weights (GradNorm trajectory). */
export type TrainingEpoch = {
  __typename?: 'TrainingEpoch';
  /** Epoch number, from 1. */
  epoch: Scalars['Int']['output'];
  /** Mean unweighted loss per task {mask, pattern, intensity}. */
  losses: Scalars['JSON']['output'];
  /** Epoch figures (steps, throughput, validation). */
  metrics: Scalars['JSON']['output'];
  /** Wall time of the epoch. */
  seconds: Scalars['Float']['output'];
  /** Task weights at the end of the epoch. */
  taskWeights: Scalars['JSON']['output'];
  /** Validation figures after this epoch; null when the run did not validate it (validateEvery). */
  validation: Maybe<TrainingEpochValidation>;
};

/** Patch-level figures on the validation specimens after an epoch (for the curves). */
export type TrainingEpochValidation = {
  __typename?: 'TrainingEpochValidation';
  /** Mean per-patch Dice (threshold 0.5). */
  dice: Maybe<Scalars['Float']['output']>;
  /** Intensity accuracy. */
  intensityAccuracy: Maybe<Scalars['Float']['output']>;
  /** Intensity loss. */
  intensityLoss: Maybe<Scalars['Float']['output']>;
  /** Sum of the unweighted task losses with labels. */
  loss: Scalars['Float']['output'];
  /** Mask loss. */
  maskLoss: Maybe<Scalars['Float']['output']>;
  /** Validation patches evaluated. */
  patches: Scalars['Int']['output'];
  /** Pattern accuracy. */
  patternAccuracy: Maybe<Scalars['Float']['output']>;
  /** Pattern loss. */
  patternLoss: Maybe<Scalars['Float']['output']>;
};

/** Values of the training setting inputNormalisation: Input scaling: by bit depth (keeps absolute brightness), by each specimen’s bright level, or min-max per patch. */
export type TrainingInputNormalisation =
  /** Stored as "bit-depth". */
  | 'BIT_DEPTH'
  /** Stored as "min-max". */
  | 'MIN_MAX'
  /** Stored as "specimen". */
  | 'SPECIMEN';

/** Values of the training setting lrSchedule: Learning rate over the run: warm-up then cosine decay, or constant. */
export type TrainingLrSchedule =
  /** Stored as "constant". */
  | 'CONSTANT'
  /** Stored as "cosine". */
  | 'COSINE';

/** Values of the training setting maskLoss: Loss of the segmentation head. */
export type TrainingMaskLoss =
  /** Stored as "bce". */
  | 'BCE'
  /** Stored as "bce+dice". */
  | 'BCE_DICE'
  /** Stored as "dice". */
  | 'DICE';

/** Values of the training setting patchView: Whole patches resized to inputSize, or native-resolution windows of inputSize (default: follows the dataset's patch size). */
export type TrainingPatchView =
  /** Stored as "resized". */
  | 'RESIZED'
  /** Stored as "tiles". */
  | 'TILES';

/** What a training run of the dataset would train and validate on now, against the documented minimum. */
export type TrainingReadiness = {
  __typename?: 'TrainingReadiness';
  /** Curated labels: the latest approval of each approved patch (imported ground truth included). */
  curatedLabels: Scalars['Int']['output'];
  /** Specimens with curated labels. */
  curatedSpecimens: Scalars['Int']['output'];
  /** Curated labels a run needs at least. */
  minimumLabels: Scalars['Int']['output'];
  /** Specimens with curated labels a run needs at least (one to train on, one to validate on). */
  minimumSpecimens: Scalars['Int']['output'];
  /** What falls short of the minimum, in words; empty when a run may start. */
  problems: Array<Scalars['String']['output']>;
  /** Curated labels on the validation specimens: what a run is measured on. */
  validationLabels: Scalars['Int']['output'];
  /** Validation specimens with curated labels (0 until the first run picks them). */
  validationSpecimens: Scalars['Int']['output'];
};

/** One training run: settings, live progress, the environment it ran in, its outcome. */
export type TrainingRun = {
  __typename?: 'TrainingRun';
  /** Version it fine-tuned. */
  baseModelVersionId: Maybe<Scalars['ID']['output']>;
  /** An admin asked it to stop. */
  cancelRequested: Scalars['Boolean']['output'];
  /** Validated, complete settings. */
  config: TrainingRunConfig;
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** Dataset. */
  datasetId: Scalars['ID']['output'];
  /** Backend, hardware and code version. */
  environment: Scalars['JSON']['output'];
  /** Per-epoch losses and task weights, for the curves. */
  epochs: Array<TrainingEpoch>;
  /** Why it failed. */
  error: Maybe<Scalars['String']['output']>;
  /** End. */
  finishedAt: Maybe<Scalars['DateTime']['output']>;
  /** Last heartbeat. */
  heartbeatAt: Maybe<Scalars['DateTime']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Curated labels used. */
  labelCount: Scalars['Int']['output'];
  /** The model version it produced. */
  modelVersion: Maybe<ModelVersion>;
  /** Latest progress: phase, epoch, step, per-task losses and weights, throughput, ETA, latest validation figures, resumedFromEpoch. */
  progress: Scalars['JSON']['output'];
  /** Times it was resumed from a checkpoint after its trainer died. */
  resumeCount: Scalars['Int']['output'];
  /** One entry per resume: attempt, at, workerId, fromEpoch (0 = started over), skipped checkpoints. */
  resumes: Scalars['JSON']['output'];
  /** Training start. */
  startedAt: Maybe<Scalars['DateTime']['output']>;
  /** Status. */
  status: TrainingRunStatus;
  /** What started it. */
  trigger: TrainingTrigger;
  /** Admin who triggered it. */
  triggeredById: Maybe<Scalars['ID']['output']>;
  /** Trainer process holding it. */
  workerId: Maybe<Scalars['String']['output']>;
};

/** The complete settings a run trained with, as validated when it was queued. Null: not set (optional settings) or not recorded (a run from before the setting existed). */
export type TrainingRunConfig = {
  __typename?: 'TrainingRunConfig';
  /** Flips, quarter turns and a +-10 % gain. */
  augment: Maybe<Scalars['Boolean']['output']>;
  /** Standard deviation of Gaussian pixel noise in augmentation; 0 = none. */
  augmentNoise: Maybe<Scalars['Float']['output']>;
  /** Overrides the dataset policy's autoPromote for this run. */
  autoPromote: Maybe<Scalars['Boolean']['output']>;
  /** Patches per training step. */
  batchSize: Maybe<Scalars['Int']['output']>;
  /** Lite variant: blocks per encoder stage (default 1,1,1). */
  blocks: Maybe<Array<Scalars['Int']['output']>>;
  /** Checkpoint every this many epochs so a killed run resumes; 0 = never. */
  checkpointEvery: Maybe<Scalars['Int']['output']>;
  /** Pattern and intensity class weights from the training labels' frequencies. */
  classBalance: Maybe<TrainingClassBalance>;
  /** Stop after this many validated epochs without improvement; 0 = run all epochs. */
  earlyStoppingPatience: Maybe<Scalars['Int']['output']>;
  /** Passes over the training patches. */
  epochs: Maybe<Scalars['Int']['output']>;
  /** Start from random weights instead of the active version. */
  fromScratch: Maybe<Scalars['Boolean']['output']>;
  /** GradNorm's asymmetry alpha. */
  gradNormAlpha: Maybe<Scalars['Float']['output']>;
  /** Dataset-wide gain on bit-depth-scaled input (e.g. 16 for 12-bit images in 16-bit files). */
  inputGain: Maybe<Scalars['Float']['output']>;
  /** Input scaling: by bit depth (keeps absolute brightness), by each specimen’s bright level, or min-max per patch. */
  inputNormalisation: Maybe<TrainingInputNormalisation>;
  /** Square side patches are resized to for training and evaluation (default: follows the dataset's patch size). */
  inputSize: Maybe<Scalars['Int']['output']>;
  /** Keep the best validated epoch's weights, not the last epoch's. */
  keepBestEpoch: Maybe<Scalars['Boolean']['output']>;
  /** Peak learning rate of the network (Adam). */
  learningRate: Maybe<Scalars['Float']['output']>;
  /** Learning rate over the run: warm-up then cosine decay, or constant. */
  lrSchedule: Maybe<TrainingLrSchedule>;
  /** Loss of the segmentation head. */
  maskLoss: Maybe<TrainingMaskLoss>;
  /** Train on at most this many patches. */
  maxTrainSamples: Maybe<Scalars['Int']['output']>;
  /** Whole patches resized to inputSize, or native-resolution windows of inputSize (default: follows the dataset's patch size). */
  patchView: Maybe<TrainingPatchView>;
  /** Random seed (initialisation, shuffling, augmentation). */
  seed: Maybe<Scalars['Int']['output']>;
  /** Adam learning rate of GradNorm's task weights. */
  taskWeightLearningRate: Maybe<Scalars['Float']['output']>;
  /** Threads per training step (default: the trainer's TRAIN_THREADS). */
  trainThreads: Maybe<Scalars['Int']['output']>;
  /** Validate every this many epochs; 0 = never. */
  validateEvery: Maybe<Scalars['Int']['output']>;
  /** Share of specimens picked for validation when the dataset has none yet. */
  validationFraction: Maybe<Scalars['Float']['output']>;
  /** Validate on exactly these specimens (an experiment's fold). */
  validationSpecimenIds: Maybe<Array<Scalars['ID']['output']>>;
  /** Network size: lite (CPU fine-tuning), standard, or reference (the seed paper's). */
  variant: Maybe<TrainingVariant>;
  /** Tiles only: the side each patch is seen at (default: 256 px, or the patch size when smaller). */
  viewSize: Maybe<Scalars['Int']['output']>;
  /** Also train on weak (specimen-level or imported weak) labels. */
  weakLabels: Maybe<Scalars['Boolean']['output']>;
  /** How the mask, pattern and intensity losses are weighted. */
  weighting: Maybe<TrainingWeighting>;
  /** Lite variant: stem width (default 8). */
  width: Maybe<Scalars['Int']['output']>;
};

/** Settings of a training run; every one is optional: what is left out comes from the dataset policy (trainingPolicy.runDefaults), then the dataset (input size), then the defaults (see trainingRunDefaults). */
export type TrainingRunConfigInput = {
  /** Flips, quarter turns and a +-10 % gain. Default: true. */
  augment?: InputMaybe<Scalars['Boolean']['input']>;
  /** Standard deviation of Gaussian pixel noise in augmentation; 0 = none. Default: 0. */
  augmentNoise?: InputMaybe<Scalars['Float']['input']>;
  /** Overrides the dataset policy's autoPromote for this run. */
  autoPromote?: InputMaybe<Scalars['Boolean']['input']>;
  /** Patches per training step. Default: 16. */
  batchSize?: InputMaybe<Scalars['Int']['input']>;
  /** Lite variant: blocks per encoder stage (default 1,1,1). */
  blocks?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Checkpoint every this many epochs so a killed run resumes; 0 = never. Default: 1. */
  checkpointEvery?: InputMaybe<Scalars['Int']['input']>;
  /** Pattern and intensity class weights from the training labels' frequencies. Default: "inverse-frequency". */
  classBalance?: InputMaybe<TrainingClassBalance>;
  /** Stop after this many validated epochs without improvement; 0 = run all epochs. Default: 5. */
  earlyStoppingPatience?: InputMaybe<Scalars['Int']['input']>;
  /** Passes over the training patches. Default: 5. */
  epochs?: InputMaybe<Scalars['Int']['input']>;
  /** Start from random weights instead of the active version. Default: false. */
  fromScratch?: InputMaybe<Scalars['Boolean']['input']>;
  /** GradNorm's asymmetry alpha. Default: 0.06. */
  gradNormAlpha?: InputMaybe<Scalars['Float']['input']>;
  /** Dataset-wide gain on bit-depth-scaled input (e.g. 16 for 12-bit images in 16-bit files). Default: 1. */
  inputGain?: InputMaybe<Scalars['Float']['input']>;
  /** Input scaling: by bit depth (keeps absolute brightness), by each specimen’s bright level, or min-max per patch. Default: "bit-depth". */
  inputNormalisation?: InputMaybe<TrainingInputNormalisation>;
  /** Square side patches are resized to for training and evaluation (default: follows the dataset's patch size). Default: 64. */
  inputSize?: InputMaybe<Scalars['Int']['input']>;
  /** Keep the best validated epoch's weights, not the last epoch's. Default: true. */
  keepBestEpoch?: InputMaybe<Scalars['Boolean']['input']>;
  /** Peak learning rate of the network (Adam). Default: 0.003. */
  learningRate?: InputMaybe<Scalars['Float']['input']>;
  /** Learning rate over the run: warm-up then cosine decay, or constant. Default: "cosine". */
  lrSchedule?: InputMaybe<TrainingLrSchedule>;
  /** Loss of the segmentation head. Default: "bce+dice". */
  maskLoss?: InputMaybe<TrainingMaskLoss>;
  /** Train on at most this many patches. */
  maxTrainSamples?: InputMaybe<Scalars['Int']['input']>;
  /** Whole patches resized to inputSize, or native-resolution windows of inputSize (default: follows the dataset's patch size). Default: "resized". */
  patchView?: InputMaybe<TrainingPatchView>;
  /** Random seed (initialisation, shuffling, augmentation). Default: 1. */
  seed?: InputMaybe<Scalars['Int']['input']>;
  /** Adam learning rate of GradNorm's task weights. Default: 0.003. */
  taskWeightLearningRate?: InputMaybe<Scalars['Float']['input']>;
  /** Threads per training step (default: the trainer's TRAIN_THREADS). */
  trainThreads?: InputMaybe<Scalars['Int']['input']>;
  /** Validate every this many epochs; 0 = never. Default: 1. */
  validateEvery?: InputMaybe<Scalars['Int']['input']>;
  /** Share of specimens picked for validation when the dataset has none yet. Default: 0.2. */
  validationFraction?: InputMaybe<Scalars['Float']['input']>;
  /** Validate on exactly these specimens (an experiment's fold). */
  validationSpecimenIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Network size: lite (CPU fine-tuning), standard, or reference (the seed paper's). Default: "lite". */
  variant?: InputMaybe<TrainingVariant>;
  /** Tiles only: the side each patch is seen at (default: 256 px, or the patch size when smaller). */
  viewSize?: InputMaybe<Scalars['Int']['input']>;
  /** Also train on weak (specimen-level or imported weak) labels. Default: false. */
  weakLabels?: InputMaybe<Scalars['Boolean']['input']>;
  /** How the mask, pattern and intensity losses are weighted. Default: "gradnorm". */
  weighting?: InputMaybe<TrainingWeighting>;
  /** Lite variant: stem width (default 8). */
  width?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a training run is. */
export type TrainingRunStatus =
  /** Cancelled by an admin. */
  | 'CANCELLED'
  /** Model version stored and evaluated; waiting for a manual decision. */
  | 'EVALUATED'
  /** Ended with an error (or its trainer died). */
  | 'FAILED'
  /** Its model version became the active one. */
  | 'PROMOTED'
  /** Waiting for a trainer. */
  | 'QUEUED'
  /** The promotion rule kept the active version. */
  | 'REJECTED'
  /** A trainer is training or evaluating it. */
  | 'RUNNING';

/** What started a training run. */
export type TrainingTrigger =
  /** The trainer command line (`npm run trainer -- train`). */
  | 'CLI'
  /** An experiment grid cell. */
  | 'EXPERIMENT'
  /** An admin, through triggerTrainingRun. */
  | 'MANUAL'
  /** The dataset's cron schedule (trainingPolicy.schedule). */
  | 'SCHEDULE'
  /** Enough new approved annotations since the last run (trainingPolicy.threshold). */
  | 'THRESHOLD';

/** Values of the training setting variant: Network size: lite (CPU fine-tuning), standard, or reference (the seed paper's). */
export type TrainingVariant =
  /** Stored as "lite". */
  | 'LITE'
  /** Stored as "reference". */
  | 'REFERENCE'
  /** Stored as "standard". */
  | 'STANDARD';

/** Values of the training setting weighting: How the mask, pattern and intensity losses are weighted. */
export type TrainingWeighting =
  /** Stored as "fixed". */
  | 'FIXED'
  /** Stored as "gradnorm". */
  | 'GRADNORM'
  /** Stored as "uncertainty". */
  | 'UNCERTAINTY';

/** A patch claimNext will probably serve you soon (a guess for prefetching, not a reservation). */
export type UpcomingPatch = {
  __typename?: 'UpcomingPatch';
  /** The patch, with its image URL. */
  patch: Patch;
  /** The active model’s proposal, with its mask URL, if any. */
  proposal: Maybe<ModelProposal>;
  /** Where in the queue order it comes from. */
  queue: UpcomingQueue;
};

/** Which part of the queue order an upcoming patch comes from. */
export type UpcomingQueue =
  /** The queue by priority. */
  | 'QUEUED'
  /** Your work a curator sent back. */
  | 'RETURNED'
  /** A patch others started that still needs annotators. */
  | 'STARTED';

/** Changes to a webhook; omitted fields stay as they are. */
export type UpdateWebhookInput = {
  /** false: no new deliveries until reactivated. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most 200 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** At least one event. */
  events?: InputMaybe<Array<WebhookEvent>>;
  /** http(s) URL, at most 2048 characters. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Where to PUT a specimen image; call completeSpecimenUpload afterwards. */
export type UploadTicket = {
  __typename?: 'UploadTicket';
  /** The URL stops working then. */
  expiresAt: Scalars['DateTime']['output'];
  /** Largest file accepted. */
  maxBytes: Scalars['Int']['output'];
  /** HTTP method to use (PUT). */
  method: Scalars['String']['output'];
  /** Pass to completeSpecimenUpload. */
  uploadId: Scalars['ID']['output'];
  /** Presigned URL: PUT the raw file bytes here. */
  url: Scalars['String']['output'];
};

/** A person who uses the platform. */
export type User = {
  __typename?: 'User';
  /** False once deactivated; deactivated users cannot sign in. */
  active: Scalars['Boolean']['output'];
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Sign-in email, lower case. */
  email: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Last successful sign-in. */
  lastSignInAt: Maybe<Scalars['DateTime']['output']>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Role. */
  role: Role;
};

/** An HTTP endpoint that receives signed POSTs when the events it subscribes to happen. */
export type Webhook = {
  __typename?: 'Webhook';
  /** Inactive webhooks get no new deliveries. */
  active: Scalars['Boolean']['output'];
  /** Created. */
  createdAt: Scalars['DateTime']['output'];
  /** Only events of this dataset; null: events of every dataset. */
  dataset: Maybe<Dataset>;
  /** Its delivery log, newest first (kept for WEBHOOK_RETENTION_DAYS). */
  deliveries: WebhookDeliveriesConnection;
  /** What it is for. */
  description: Scalars['String']['output'];
  /** The events it receives. */
  events: Array<WebhookEvent>;
  /** Deliveries that ended FAILED in the last 24 h. */
  failedDeliveries: Scalars['Int']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** When its newest delivery was queued. */
  lastDeliveryAt: Maybe<Scalars['DateTime']['output']>;
  /** Where its newest delivery is. */
  lastDeliveryStatus: Maybe<WebhookDeliveryStatus>;
  /** The first 10 characters of the signing secret, to recognise it. */
  secretPrefix: Scalars['String']['output'];
  /** Where deliveries are POSTed (http or https). */
  url: Scalars['String']['output'];
};


/** An HTTP endpoint that receives signed POSTs when the events it subscribes to happen. */
export type WebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};

export type WebhookDeliveriesConnection = {
  __typename?: 'WebhookDeliveriesConnection';
  edges: Array<WebhookDeliveriesConnectionEdge>;
  pageInfo: PageInfo;
};

export type WebhookDeliveriesConnectionEdge = {
  __typename?: 'WebhookDeliveriesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

/** One event sent (or to be sent) to one webhook, with the outcome of its latest attempt. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** When the event was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** When the receiver accepted it. */
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** How long the latest attempt took. */
  durationMs: Maybe<Scalars['Int']['output']>;
  /** Why the latest attempt failed: network error, timeout, or "HTTP 500". */
  error: Maybe<Scalars['String']['output']>;
  /** The event. */
  event: WebhookEvent;
  /** Delivery id; the X-Hep2-Delivery header (dedupe on it). */
  id: Scalars['ID']['output'];
  /** When the next attempt is due (PENDING only). */
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** The exact JSON body sent. */
  payload: Scalars['JSON']['output'];
  /** The first 1 KB of the latest answer. */
  responseBody: Maybe<Scalars['String']['output']>;
  /** HTTP status of the latest answer. */
  responseStatus: Maybe<Scalars['Int']['output']>;
  /** Where it is. */
  status: WebhookDeliveryStatus;
};

/** Where a delivery is. */
export type WebhookDeliveryStatus =
  /** Every attempt failed; redeliver it to try again. */
  | 'FAILED'
  /** Waiting for its next attempt (nextAttemptAt). */
  | 'PENDING'
  /** An attempt is in progress. */
  | 'SENDING'
  /** The receiver answered 2xx. */
  | 'SUCCEEDED';

/** What a webhook can be told about; the body names it in lower case (see each value). */
export type WebhookEvent =
  /** An annotator submitted a patch (annotation.submitted). */
  | 'ANNOTATION_SUBMITTED'
  /** A dataset was exported (dataset.exported). */
  | 'DATASET_EXPORTED'
  /** An import job ended, succeeded or failed (import.finished). */
  | 'IMPORT_FINISHED'
  /** A model version became active: promoted by an admin or by the trainer (model.promoted). */
  | 'MODEL_PROMOTED'
  /** An admin rolled back to the previous model (model.rolled_back). */
  | 'MODEL_ROLLED_BACK'
  /** A curator approved a patch, edited or not (patch.approved). */
  | 'PATCH_APPROVED'
  /** A curator returned a patch to its author (patch.rejected). */
  | 'PATCH_REJECTED'
  /** A test delivery sent by pingWebhook only (ping). */
  | 'PING'
  /** A training run ended: evaluated, promoted, rejected, failed or cancelled (training_run.finished). */
  | 'TRAINING_RUN_FINISHED';

/** A patch handed to an annotator: the lease, the patch, the model’s proposal and their draft. */
export type WorkItem = {
  __typename?: 'WorkItem';
  /** Your own draft or returned annotation, if any. */
  draft: Maybe<Annotation>;
  /** The hold on the patch; heartbeat to keep it. */
  lease: WorkLease;
  /** The patch to label. */
  patch: Patch;
  /** The active model’s proposal, if any. */
  proposal: Maybe<ModelProposal>;
  /** The curator’s comment when this is returned work. */
  returnComment: Maybe<Scalars['String']['output']>;
};

/** An annotator’s time-limited hold on a patch; heartbeats extend it. */
export type WorkLease = {
  __typename?: 'WorkLease';
  /** When the patch was handed out. */
  createdAt: Scalars['DateTime']['output'];
  /** How it ended. */
  endReason: Maybe<LeaseEnd>;
  /** When it ended, if it did. */
  endedAt: Maybe<Scalars['DateTime']['output']>;
  /** When it ends without a heartbeat. */
  expiresAt: Scalars['DateTime']['output'];
  /** Last heartbeat. */
  heartbeatAt: Scalars['DateTime']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The patch held. */
  patchId: Scalars['ID']['output'];
  /** Why the patch was skipped. */
  skipReason: Maybe<Scalars['String']['output']>;
};

export type AdminUsersQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
}>;


export type AdminUsersQuery = { __typename?: 'Query', users: { __typename?: 'QueryUsersConnection', edges: Array<{ __typename?: 'QueryUsersConnectionEdge', node: { __typename?: 'User', id: string, name: string, email: string, role: Role, active: boolean, createdAt: string, lastSignInAt: string | null } }> } };

export type CreateUserMutationVariables = Exact<{
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  role: Role;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, name: string, email: string, role: Role, active: boolean } };

export type UpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  role?: InputMaybe<Role>;
  active?: InputMaybe<Scalars['Boolean']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, name: string, role: Role, active: boolean } };

export type AnnotatorAgreementQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type AnnotatorAgreementQuery = { __typename?: 'Query', annotatorAgreement: Array<{ __typename?: 'AnnotatorAgreement', userId: string, userName: string, patches: number, patternKappa: number | null, patternAgreementRate: number | null, intensityKappa: number | null }>, datasetAgreement: { __typename?: 'DatasetAgreement', patches: number, patternFleissKappa: number | null, meanPatternAgreement: number | null, meanIntensityAgreement: number | null, meanMaskDice: number | null } };

export type AnnotatorThroughputQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
  days: Scalars['Int']['input'];
}>;


export type AnnotatorThroughputQuery = { __typename?: 'Query', annotatorThroughput: Array<{ __typename?: 'AnnotatorThroughput', userId: string, userName: string, submitted: number, skipped: number, expired: number, medianSecondsPerPatch: number | null, p90SecondsPerPatch: number | null, activeHours: number, submissionsPerHour: number | null, reviewed: number, approved: number, editedByCurator: number, rejected: number, rejectionRate: number | null, meanProposalDice: number | null, meanReviewDice: number | null, lastActiveAt: string | null, daily: Array<{ __typename?: 'DailySubmissions', day: string, submitted: number }> }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'User', id: string, name: string, email: string, role: Role } | null };

export type SignInMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'SignInPayload', user: { __typename?: 'User', id: string, name: string, role: Role } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type DatasetTaxonomyFieldsFragment = { __typename?: 'Dataset', patternClasses: Array<{ __typename?: 'PatternClass', id: string, key: string, label: string, color: string, position: number, shortcut: string | null }>, intensityLevels: Array<{ __typename?: 'IntensityLevel', id: string, key: string, name: string, rank: number, shortcut: string | null }> };

export type LabelCountFieldsFragment = { __typename?: 'LabelCount', key: string, name: string, count: number };

export type DatasetStatusCountsFieldsFragment = { __typename?: 'DatasetStats', specimens: number, patches: number, byStatus: Array<{ __typename?: 'StatusCount', status: PatchStatus, count: number }> };

export type DatasetsOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type DatasetsOverviewQuery = { __typename?: 'Query', datasets: Array<{ __typename?: 'Dataset', id: string, name: string, slug: string, patchSize: number, intensityMode: IntensityMode, annotatorsPerPatch: number, patternClasses: Array<{ __typename?: 'PatternClass', id: string, label: string, color: string }>, stats: { __typename?: 'DatasetStats', specimens: number, patches: number, byStatus: Array<{ __typename?: 'StatusCount', status: PatchStatus, count: number }> } }> };

export type PresenceEntryFieldsFragment = { __typename?: 'PresenceEntry', leaseId: string, userId: string, userName: string, patchId: string, since: string };

export type PresenceQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type PresenceQuery = { __typename?: 'Query', presence: Array<{ __typename?: 'PresenceEntry', leaseId: string, userId: string, userName: string, patchId: string, since: string }> };

export type PresenceLiveSubscriptionVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type PresenceLiveSubscription = { __typename?: 'Subscription', presence: Array<{ __typename?: 'PresenceEntry', leaseId: string, userId: string, userName: string, patchId: string, since: string }> };

export type PresencePatchSpecimenQueryVariables = Exact<{
  patchId: Scalars['ID']['input'];
}>;


export type PresencePatchSpecimenQuery = { __typename?: 'Query', patch: { __typename?: 'Patch', id: string, specimen: { __typename?: 'Specimen', id: string } } };

export type ExperimentSummaryFieldsFragment = { __typename?: 'Experiment', id: string, datasetId: string, name: string, status: ExperimentStatus, folds: number, seed: number, createdAt: string, updatedAt: string, runs: Array<{ __typename?: 'ExperimentRun', cell: string, fold: number, run: { __typename?: 'TrainingRun', id: string, status: TrainingRunStatus } }> };

export type ExperimentsQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type ExperimentsQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', id: string, name: string }, experiments: Array<{ __typename?: 'Experiment', id: string, datasetId: string, name: string, status: ExperimentStatus, folds: number, seed: number, createdAt: string, updatedAt: string, runs: Array<{ __typename?: 'ExperimentRun', cell: string, fold: number, run: { __typename?: 'TrainingRun', id: string, status: TrainingRunStatus } }> }> };

export type ExperimentQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExperimentQuery = { __typename?: 'Query', experiment: { __typename?: 'Experiment', grid: unknown, report: unknown | null, id: string, datasetId: string, name: string, status: ExperimentStatus, folds: number, seed: number, createdAt: string, updatedAt: string, runs: Array<{ __typename?: 'ExperimentRun', cell: string, fold: number, run: { __typename?: 'TrainingRun', id: string, status: TrainingRunStatus } }> } };

export type ExperimentReportFilesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExperimentReportFilesQuery = { __typename?: 'Query', experimentReport: Array<{ __typename?: 'ExperimentReportFile', name: string, url: string }> };

export type CreateExperimentMutationVariables = Exact<{
  datasetId: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  folds: Scalars['Int']['input'];
  seed?: InputMaybe<Scalars['Int']['input']>;
  grid?: InputMaybe<Scalars['JSON']['input']>;
}>;


export type CreateExperimentMutation = { __typename?: 'Mutation', createExperiment: { __typename?: 'Experiment', id: string, datasetId: string, name: string, status: ExperimentStatus, folds: number, seed: number, createdAt: string, updatedAt: string, runs: Array<{ __typename?: 'ExperimentRun', cell: string, fold: number, run: { __typename?: 'TrainingRun', id: string, status: TrainingRunStatus } }> } };

export type RequeueFailedExperimentRunsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RequeueFailedExperimentRunsMutation = { __typename?: 'Mutation', requeueFailedExperimentRuns: { __typename?: 'Experiment', id: string, datasetId: string, name: string, status: ExperimentStatus, folds: number, seed: number, createdAt: string, updatedAt: string, runs: Array<{ __typename?: 'ExperimentRun', cell: string, fold: number, run: { __typename?: 'TrainingRun', id: string, status: TrainingRunStatus } }> } };

export type ExportJobFieldsFragment = { __typename?: 'ExportJob', id: string, format: ExportFormat, level: ExportLevel, approvedOnly: boolean, status: ExportJobStatus, progressDone: number, progressTotal: number, error: string | null, fileName: string, bytes: number | null, items: number | null, labels: number | null, warningCount: number, warnings: Array<string>, approvedLabels: number | null, newestApprovalAt: string | null, modelVersionNumber: number | null, createdByName: string | null, createdAt: string, finishedAt: string | null, downloadUrl: string | null };

export type ExportPanelQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type ExportPanelQuery = { __typename?: 'Query', exportFormats: Array<{ __typename?: 'ExportFormatInfo', format: ExportFormat, description: string, level: ExportLevel | null }>, exportJobs: { __typename?: 'QueryExportJobsConnection', edges: Array<{ __typename?: 'QueryExportJobsConnectionEdge', node: { __typename?: 'ExportJob', id: string, format: ExportFormat, level: ExportLevel, approvedOnly: boolean, status: ExportJobStatus, progressDone: number, progressTotal: number, error: string | null, fileName: string, bytes: number | null, items: number | null, labels: number | null, warningCount: number, warnings: Array<string>, approvedLabels: number | null, newestApprovalAt: string | null, modelVersionNumber: number | null, createdByName: string | null, createdAt: string, finishedAt: string | null, downloadUrl: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } };

export type StartExportMutationVariables = Exact<{
  datasetId: Scalars['ID']['input'];
  format: ExportFormat;
  level?: InputMaybe<ExportLevel>;
  approvedOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type StartExportMutation = { __typename?: 'Mutation', startExport: { __typename?: 'ExportJob', id: string, format: ExportFormat, level: ExportLevel, approvedOnly: boolean, status: ExportJobStatus, progressDone: number, progressTotal: number, error: string | null, fileName: string, bytes: number | null, items: number | null, labels: number | null, warningCount: number, warnings: Array<string>, approvedLabels: number | null, newestApprovalAt: string | null, modelVersionNumber: number | null, createdByName: string | null, createdAt: string, finishedAt: string | null, downloadUrl: string | null } };

export type ExportProgressSubscriptionVariables = Exact<{
  jobId: Scalars['ID']['input'];
}>;


export type ExportProgressSubscription = { __typename?: 'Subscription', exportProgress: { __typename?: 'ExportJob', id: string, format: ExportFormat, level: ExportLevel, approvedOnly: boolean, status: ExportJobStatus, progressDone: number, progressTotal: number, error: string | null, fileName: string, bytes: number | null, items: number | null, labels: number | null, warningCount: number, warnings: Array<string>, approvedLabels: number | null, newestApprovalAt: string | null, modelVersionNumber: number | null, createdByName: string | null, createdAt: string, finishedAt: string | null, downloadUrl: string | null } };

export type RequestArchiveUploadMutationVariables = Exact<{
  datasetId: Scalars['ID']['input'];
  filename: Scalars['String']['input'];
  size: Scalars['Float']['input'];
}>;


export type RequestArchiveUploadMutation = { __typename?: 'Mutation', requestArchiveUpload: { __typename?: 'ArchiveUploadTicket', uploadId: string, url: string, method: string, maxBytes: number } };

export type StartArchiveImportMutationVariables = Exact<{
  datasetId: Scalars['ID']['input'];
  uploadId: Scalars['ID']['input'];
  layout?: InputMaybe<ImportLayout>;
  allOrNothing?: InputMaybe<Scalars['Boolean']['input']>;
  labels?: InputMaybe<ImportLabels>;
  options?: InputMaybe<ImportOptionsInput>;
}>;


export type StartArchiveImportMutation = { __typename?: 'Mutation', startArchiveImport: { __typename?: 'ImportJob', id: string, status: JobStatus } };

export type DatasetAdminQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DatasetAdminQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', id: string, name: string, slug: string, description: string, version: number, patchSize: number, strideX: number, strideY: number, intensityMode: IntensityMode, annotatorsPerPatch: number, agreementThreshold: number, doubleLabelShare: number, goldRate: number, acquisition: unknown, patternClasses: Array<{ __typename?: 'PatternClass', name: string, icapCodes: Array<string>, id: string, key: string, label: string, color: string, position: number, shortcut: string | null }>, stats: { __typename?: 'DatasetStats', specimens: number, patches: number, approvedPatterns: Array<{ __typename?: 'LabelCount', key: string, name: string, count: number }>, approvedIntensities: Array<{ __typename?: 'LabelCount', key: string, name: string, count: number }>, importedPatterns: Array<{ __typename?: 'LabelCount', key: string, name: string, count: number }>, importedIntensities: Array<{ __typename?: 'LabelCount', key: string, name: string, count: number }>, specimenPatterns: Array<{ __typename?: 'LabelCount', key: string, name: string, count: number }>, curatedSpecimenPatterns: Array<{ __typename?: 'LabelCount', key: string, name: string, count: number }>, byStatus: Array<{ __typename?: 'StatusCount', status: PatchStatus, count: number }> }, intensityLevels: Array<{ __typename?: 'IntensityLevel', id: string, key: string, name: string, rank: number, shortcut: string | null }> } };

export type CreateDatasetMutationVariables = Exact<{
  name: Scalars['String']['input'];
  slug: Scalars['String']['input'];
  description?: InputMaybe<Scalars['String']['input']>;
  intensityMode?: InputMaybe<IntensityMode>;
  taxonomyPreset?: InputMaybe<TaxonomyPreset>;
  patchSize?: InputMaybe<Scalars['Int']['input']>;
  strideX?: InputMaybe<Scalars['Int']['input']>;
  strideY?: InputMaybe<Scalars['Int']['input']>;
}>;


export type CreateDatasetMutation = { __typename?: 'Mutation', createDataset: { __typename?: 'Dataset', id: string, name: string } };

export type UpdateDatasetSettingsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  expectedVersion: Scalars['Int']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  annotatorsPerPatch?: InputMaybe<Scalars['Int']['input']>;
  agreementThreshold?: InputMaybe<Scalars['Float']['input']>;
  doubleLabelShare?: InputMaybe<Scalars['Float']['input']>;
  goldRate?: InputMaybe<Scalars['Float']['input']>;
  patchSize?: InputMaybe<Scalars['Int']['input']>;
  strideX?: InputMaybe<Scalars['Int']['input']>;
  strideY?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpdateDatasetSettingsMutation = { __typename?: 'Mutation', updateDatasetSettings: { __typename?: 'Dataset', id: string, version: number, name: string, description: string, annotatorsPerPatch: number, agreementThreshold: number, doubleLabelShare: number, goldRate: number, patchSize: number, strideX: number, strideY: number } };

export type ImportJobFieldsFragment = { __typename?: 'ImportJob', id: string, datasetId: string, status: JobStatus, source: string, layout: string, labels: ImportLabels, allOrNothing: boolean, totalRows: number, doneRows: number, importedRows: number, error: string | null, createdAt: string, finishedAt: string | null, warnings: Array<string>, rowErrors: Array<{ __typename?: 'ImportRowError', line: number, reason: string }>, maskSummary: { __typename?: 'ImportMaskSummary', masks: number, emptyLines: Array<number>, contourLines: Array<number>, foregroundMin: number, foregroundMax: number } | null, grouping: { __typename?: 'ImportGrouping', by: string, detected: boolean, groups: number } | null };

export type ImportJobsQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type ImportJobsQuery = { __typename?: 'Query', importJobs: Array<{ __typename?: 'ImportJob', id: string, datasetId: string, status: JobStatus, source: string, layout: string, labels: ImportLabels, allOrNothing: boolean, totalRows: number, doneRows: number, importedRows: number, error: string | null, createdAt: string, finishedAt: string | null, warnings: Array<string>, rowErrors: Array<{ __typename?: 'ImportRowError', line: number, reason: string }>, maskSummary: { __typename?: 'ImportMaskSummary', masks: number, emptyLines: Array<number>, contourLines: Array<number>, foregroundMin: number, foregroundMax: number } | null, grouping: { __typename?: 'ImportGrouping', by: string, detected: boolean, groups: number } | null }> };

export type StartImportMutationVariables = Exact<{
  datasetId: Scalars['ID']['input'];
  serverPath: Scalars['String']['input'];
  layout?: InputMaybe<ImportLayout>;
  allOrNothing?: InputMaybe<Scalars['Boolean']['input']>;
  labels?: InputMaybe<ImportLabels>;
  options?: InputMaybe<ImportOptionsInput>;
}>;


export type StartImportMutation = { __typename?: 'Mutation', startImport: { __typename?: 'ImportJob', id: string, datasetId: string, status: JobStatus, source: string, layout: string, labels: ImportLabels, allOrNothing: boolean, totalRows: number, doneRows: number, importedRows: number, error: string | null, createdAt: string, finishedAt: string | null, warnings: Array<string>, rowErrors: Array<{ __typename?: 'ImportRowError', line: number, reason: string }>, maskSummary: { __typename?: 'ImportMaskSummary', masks: number, emptyLines: Array<number>, contourLines: Array<number>, foregroundMin: number, foregroundMax: number } | null, grouping: { __typename?: 'ImportGrouping', by: string, detected: boolean, groups: number } | null } };

export type ImportProgressSubscriptionVariables = Exact<{
  jobId: Scalars['ID']['input'];
}>;


export type ImportProgressSubscription = { __typename?: 'Subscription', importProgress: { __typename?: 'ImportJob', id: string, datasetId: string, status: JobStatus, source: string, layout: string, labels: ImportLabels, allOrNothing: boolean, totalRows: number, doneRows: number, importedRows: number, error: string | null, createdAt: string, finishedAt: string | null, warnings: Array<string>, rowErrors: Array<{ __typename?: 'ImportRowError', line: number, reason: string }>, maskSummary: { __typename?: 'ImportMaskSummary', masks: number, emptyLines: Array<number>, contourLines: Array<number>, foregroundMin: number, foregroundMax: number } | null, grouping: { __typename?: 'ImportGrouping', by: string, detected: boolean, groups: number } | null } };

export type RequestSpecimenUploadMutationVariables = Exact<{
  datasetId: Scalars['ID']['input'];
  filename: Scalars['String']['input'];
  size: Scalars['Int']['input'];
}>;


export type RequestSpecimenUploadMutation = { __typename?: 'Mutation', requestSpecimenUpload: { __typename?: 'UploadTicket', uploadId: string, url: string, method: string, maxBytes: number, expiresAt: string } };

export type CompleteSpecimenUploadMutationVariables = Exact<{
  uploadId: Scalars['ID']['input'];
  pattern?: InputMaybe<Scalars['String']['input']>;
  intensity?: InputMaybe<Scalars['String']['input']>;
  labels?: InputMaybe<ImportLabels>;
}>;


export type CompleteSpecimenUploadMutation = { __typename?: 'Mutation', completeSpecimenUpload: { __typename?: 'Specimen', id: string, externalId: string, width: number, height: number, patches: Array<{ __typename?: 'Patch', id: string }> } };

export type LearningOverviewQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type LearningOverviewQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', id: string, name: string, stats: { __typename?: 'DatasetStats', specimens: number, patches: number, byStatus: Array<{ __typename?: 'StatusCount', status: PatchStatus, count: number }> } }, queueCounts: { __typename?: 'QueueCounts', queued: number, inProgress: number, submitted: number, returned: number, approved: number } };

export type DatasetPickerQueryVariables = Exact<{ [key: string]: never; }>;


export type DatasetPickerQuery = { __typename?: 'Query', datasets: Array<{ __typename?: 'Dataset', id: string, name: string, slug: string, stats: { __typename?: 'DatasetStats', specimens: number, patches: number } }> };

export type AcquisitionSettingsFieldsFragment = { __typename?: 'AcquisitionSettings', datasetId: string, scoringMethod: string, settings: unknown, version: number, strategies: Array<{ __typename?: 'AcquisitionStrategyInfo', name: string, description: string }> };

export type AcquisitionSettingsQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type AcquisitionSettingsQuery = { __typename?: 'Query', acquisitionSettings: { __typename?: 'AcquisitionSettings', datasetId: string, scoringMethod: string, settings: unknown, version: number, strategies: Array<{ __typename?: 'AcquisitionStrategyInfo', name: string, description: string }> } };

export type UpdateAcquisitionSettingsMutationVariables = Exact<{
  datasetId: Scalars['ID']['input'];
  settings: Scalars['JSON']['input'];
  version: Scalars['Int']['input'];
}>;


export type UpdateAcquisitionSettingsMutation = { __typename?: 'Mutation', updateAcquisitionSettings: { __typename?: 'AcquisitionSettings', datasetId: string, scoringMethod: string, settings: unknown, version: number, strategies: Array<{ __typename?: 'AcquisitionStrategyInfo', name: string, description: string }> } };

export type RequestScoringMutationVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type RequestScoringMutation = { __typename?: 'Mutation', requestScoring: { __typename?: 'ScoringStatus', datasetId: string, activeModelVersionId: string | null, method: string, reranked: number, scored: number, unscored: number } };

export type QueueCompositionQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
  size?: InputMaybe<Scalars['Int']['input']>;
}>;


export type QueueCompositionQuery = { __typename?: 'Query', queueComposition: { __typename?: 'QueueComposition', datasetId: string, activeModelVersionId: string | null, size: number, unscored: number, byReason: Array<{ __typename?: 'CompositionCount', key: string, count: number }>, byStrategy: Array<{ __typename?: 'CompositionCount', key: string, count: number }>, byPredictedPattern: Array<{ __typename?: 'CompositionCount', key: string, count: number }>, items: Array<{ __typename?: 'QueueCompositionItem', patchId: string, specimenId: string, priority: number, acquisitionScore: number | null, predictedPattern: string | null, reason: string | null, strategy: string | null }> } };

export type LabelEfficiencyCurveQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type LabelEfficiencyCurveQuery = { __typename?: 'Query', labelEfficiencyCurve: Array<{ __typename?: 'LearningCurveSeries', series: string, points: Array<{ __typename?: 'LearningCurvePoint', labelCount: number, metrics: unknown, modelVersionId: string | null, createdAt: string }> }> };

export type ActiveLearningSimulationsQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type ActiveLearningSimulationsQuery = { __typename?: 'Query', activeLearningSimulations: Array<{ __typename?: 'ActiveLearningSimulation', id: string, oracle: string, seeds: number, labelTasks: Array<string>, createdAt: string, labelCost: { __typename?: 'SimulationLabelCost', pattern: number, intensity: number, mask: number }, curves: Array<{ __typename?: 'SimulationCurve', arm: string, testSet: string, points: Array<{ __typename?: 'SimulationPoint', labels: number, cost: number, values: Array<{ __typename?: 'SimulationMetricValue', metric: string, mean: number | null, sd: number | null }> }> }>, comparisons: Array<{ __typename?: 'SimulationComparison', arm: string, testSet: string, metric: string, aucMean: number | null, reached: number, seeds: number, aucDifference: { __typename?: 'SimulationInterval', estimate: number | null, lower: number | null, upper: number | null } | null, costRatioMedian: { __typename?: 'SimulationInterval', estimate: number | null, lower: number | null, upper: number | null } | null }> }> };

export type AgreementEstimateFieldsFragment = { __typename?: 'AgreementEstimate', statistic: string, value: number | null, low: number | null, high: number | null, items: number, interval: string };

export type AnnotatorScoreSetFieldsFragment = { __typename?: 'AnnotatorScoreSet', items: number, patternAccuracy: { __typename?: 'AgreementEstimate', statistic: string, value: number | null, low: number | null, high: number | null, items: number, interval: string }, patternKappa: { __typename?: 'AgreementEstimate', statistic: string, value: number | null, low: number | null, high: number | null, items: number, interval: string }, intensityAccuracy: { __typename?: 'AgreementEstimate', statistic: string, value: number | null, low: number | null, high: number | null, items: number, interval: string }, intensityKappa: { __typename?: 'AgreementEstimate', statistic: string, value: number | null, low: number | null, high: number | null, items: number, interval: string }, maskDice: { __typename?: 'AgreementEstimate', statistic: string, value: number | null, low: number | null, high: number | null, items: number, interval: string } };

export type DatasetAgreementReportQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type DatasetAgreementReportQuery = { __typename?: 'Query', datasetAgreement: { __typename?: 'DatasetAgreement', patches: number, doubleLabelShare: number, goldPatches: number, goldAttempts: number, patternKappa: { __typename?: 'AgreementEstimate', statistic: string, value: number | null, low: number | null, high: number | null, items: number, interval: string }, patternAlpha: { __typename?: 'AgreementEstimate', statistic: string, value: number | null, low: number | null, high: number | null, items: number, interval: string }, intensityAlpha: { __typename?: 'AgreementEstimate', statistic: string, value: number | null, low: number | null, high: number | null, items: number, interval: string }, maskDice: { __typename?: 'AgreementEstimate', statistic: string, value: number | null, low: number | null, high: number | null, items: number, interval: string } }, annotatorScores: Array<{ __typename?: 'AnnotatorScore', userId: string, userName: string, vsGold: { __typename?: 'AnnotatorScoreSet', items: number, patternAccuracy: { __typename?: 'AgreementEstimate', statistic: string, value: number | null, low: number | null, high: number | null, items: number, interval: string }, patternKappa: { __typename?: 'AgreementEstimate', statistic: string, value: number | null, low: number | null, high: number | null, items: number, interval: string }, intensityAccuracy: { __typename?: 'AgreementEstimate', statistic: string, value: number | null, low: number | null, high: number | null, items: number, interval: string }, intensityKappa: { __typename?: 'AgreementEstimate', statistic: string, value: number | null, low: number | null, high: number | null, items: number, interval: string }, maskDice: { __typename?: 'AgreementEstimate', statistic: string, value: number | null, low: number | null, high: number | null, items: number, interval: string } }, vsConsensus: { __typename?: 'AnnotatorScoreSet', items: number, patternAccuracy: { __typename?: 'AgreementEstimate', statistic: string, value: number | null, low: number | null, high: number | null, items: number, interval: string }, patternKappa: { __typename?: 'AgreementEstimate', statistic: string, value: number | null, low: number | null, high: number | null, items: number, interval: string }, intensityAccuracy: { __typename?: 'AgreementEstimate', statistic: string, value: number | null, low: number | null, high: number | null, items: number, interval: string }, intensityKappa: { __typename?: 'AgreementEstimate', statistic: string, value: number | null, low: number | null, high: number | null, items: number, interval: string }, maskDice: { __typename?: 'AgreementEstimate', statistic: string, value: number | null, low: number | null, high: number | null, items: number, interval: string } } }> };

export type SetGoldPatchMutationVariables = Exact<{
  patchId: Scalars['ID']['input'];
  gold: Scalars['Boolean']['input'];
}>;


export type SetGoldPatchMutation = { __typename?: 'Mutation', setGoldPatch: { __typename?: 'Patch', id: string, gold: boolean, status: PatchStatus } };

export type ApprovedPatchesForGoldQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type ApprovedPatchesForGoldQuery = { __typename?: 'Query', patches: { __typename?: 'QueryPatchesConnection', edges: Array<{ __typename?: 'QueryPatchesConnectionEdge', node: { __typename?: 'Patch', id: string, x: number, y: number, gold: boolean, specimen: { __typename?: 'Specimen', id: string, externalId: string } } }> } };

export type ReviewQueueCountsFieldsFragment = { __typename?: 'QueueCounts', datasetId: string, lowAgreement: number, activeLeases: number, queued: number, inProgress: number, submitted: number, returned: number, approved: number };

export type ReviewCountsQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type ReviewCountsQuery = { __typename?: 'Query', queueCounts: { __typename?: 'QueueCounts', datasetId: string, lowAgreement: number, activeLeases: number, queued: number, inProgress: number, submitted: number, returned: number, approved: number } };

export type ReviewCountsLiveSubscriptionVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type ReviewCountsLiveSubscription = { __typename?: 'Subscription', queueCounts: { __typename?: 'QueueCounts', datasetId: string, lowAgreement: number, activeLeases: number, queued: number, inProgress: number, submitted: number, returned: number, approved: number } };

export type ReviewQueueQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
  filter?: InputMaybe<ReviewFilter>;
  first: Scalars['Int']['input'];
}>;


export type ReviewQueueQuery = { __typename?: 'Query', reviewQueue: { __typename?: 'QueryReviewQueueConnection', edges: Array<{ __typename?: 'QueryReviewQueueConnectionEdge', node: { __typename?: 'Patch', id: string, status: PatchStatus, x: number, y: number, submittedCount: number, lowAgreement: boolean, contradictsSpecimen: boolean, agreementPattern: number | null, agreementIntensity: number | null, agreementMask: number | null, updatedAt: string, specimen: { __typename?: 'Specimen', id: string, externalId: string } } }> } };

export type ReviewTaxonomyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ReviewTaxonomyQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', id: string, name: string, agreementThreshold: number, annotatorsPerPatch: number, patternClasses: Array<{ __typename?: 'PatternClass', id: string, key: string, label: string, color: string, position: number, shortcut: string | null }>, intensityLevels: Array<{ __typename?: 'IntensityLevel', id: string, key: string, name: string, rank: number, shortcut: string | null }> } };

export type ReviewItemQueryVariables = Exact<{
  patchId: Scalars['ID']['input'];
}>;


export type ReviewItemQuery = { __typename?: 'Query', patch: { __typename?: 'Patch', id: string, version: number, status: PatchStatus, x: number, y: number, width: number, height: number, imageUrl: string, groundTruthMaskUrl: string | null, lowAgreement: boolean, contradictsSpecimen: boolean, agreementPattern: number | null, agreementIntensity: number | null, agreementMask: number | null, submittedCount: number, acquisitionScore: number | null, acquisitionStrategy: string | null, proposal: { __typename?: 'ModelProposal', predictionId: string, modelVersionNumber: number, method: string, maskUrl: string | null, patternProbs: Array<number>, intensityProbs: Array<number>, patternClass: { __typename?: 'PatternClass', id: string, label: string } | null, intensityLevel: { __typename?: 'IntensityLevel', id: string, name: string } | null } | null, specimen: { __typename?: 'Specimen', id: string, externalId: string, width: number, height: number, displayUrl: string | null, rollup: unknown | null, displayWindow: { __typename?: 'DisplayWindow', low: number, high: number, min: number, max: number, bitDepth: number, saturatedFraction: number, zeroFraction: number } | null, patternClass: { __typename?: 'PatternClass', id: string, label: string } | null } }, patchAnnotations: Array<{ __typename?: 'Annotation', id: string, authorId: string | null, source: AnnotationSource, status: AnnotationStatus, version: number, maskUrl: string | null, maskArea: number | null, proposalDice: number | null, modelVersionId: string | null, submittedAt: string | null, returnComment: string | null, revisions: Array<{ __typename?: 'AnnotationRevision', status: AnnotationStatus }>, patternClass: { __typename?: 'PatternClass', id: string, label: string, color: string } | null, intensityLevel: { __typename?: 'IntensityLevel', id: string, name: string, rank: number } | null }> };

export type ApprovePatchMutationVariables = Exact<{
  patchId: Scalars['ID']['input'];
  annotationId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type ApprovePatchMutation = { __typename?: 'Mutation', approvePatch: { __typename?: 'Annotation', id: string, status: AnnotationStatus } };

export type RejectAnnotationMutationVariables = Exact<{
  annotationId: Scalars['ID']['input'];
  comment: Scalars['String']['input'];
}>;


export type RejectAnnotationMutation = { __typename?: 'Mutation', rejectAnnotation: { __typename?: 'Annotation', id: string, status: AnnotationStatus, returnComment: string | null } };

export type EditAndApproveMutationVariables = Exact<{
  input: AnnotationInput;
  fromAnnotationId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type EditAndApproveMutation = { __typename?: 'Mutation', editAndApprove: { __typename?: 'Annotation', id: string, status: AnnotationStatus } };

export type SpecimenReviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SpecimenReviewQuery = { __typename?: 'Query', specimen: { __typename?: 'Specimen', id: string, externalId: string, width: number, height: number, bitDepth: number, displayUrl: string | null, fold: number | null, isValidation: boolean, rollup: unknown | null, patternClass: { __typename?: 'PatternClass', id: string, key: string, label: string, color: string } | null, intensityLevel: { __typename?: 'IntensityLevel', id: string, key: string, name: string } | null, importedTruth: { __typename?: 'SpecimenImportedTruth', patches: number, patternClass: { __typename?: 'PatternClass', key: string, label: string } | null, intensityLevel: { __typename?: 'IntensityLevel', key: string, name: string } | null } | null, patches: Array<{ __typename?: 'Patch', id: string, x: number, y: number, width: number, height: number, status: PatchStatus, submittedCount: number, lowAgreement: boolean, contradictsSpecimen: boolean, agreementPattern: number | null, agreementMask: number | null }> } };

export type TrainingRunConfigFieldsFragment = { __typename?: 'TrainingRunConfig', variant: TrainingVariant | null, inputSize: number | null, width: number | null, blocks: Array<number> | null, epochs: number | null, batchSize: number | null, learningRate: number | null, weighting: TrainingWeighting | null, gradNormAlpha: number | null, taskWeightLearningRate: number | null, maskLoss: TrainingMaskLoss | null, augment: boolean | null, augmentNoise: number | null, inputNormalisation: TrainingInputNormalisation | null, inputGain: number | null, classBalance: TrainingClassBalance | null, patchView: TrainingPatchView | null, viewSize: number | null, lrSchedule: TrainingLrSchedule | null, earlyStoppingPatience: number | null, keepBestEpoch: boolean | null, fromScratch: boolean | null, weakLabels: boolean | null, validationFraction: number | null, validationSpecimenIds: Array<string> | null, maxTrainSamples: number | null, validateEvery: number | null, checkpointEvery: number | null, seed: number | null, trainThreads: number | null, autoPromote: boolean | null };

export type TrainingRunDefaultsQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type TrainingRunDefaultsQuery = { __typename?: 'Query', trainingRunDefaults: { __typename?: 'TrainingRunConfig', variant: TrainingVariant | null, inputSize: number | null, width: number | null, blocks: Array<number> | null, epochs: number | null, batchSize: number | null, learningRate: number | null, weighting: TrainingWeighting | null, gradNormAlpha: number | null, taskWeightLearningRate: number | null, maskLoss: TrainingMaskLoss | null, augment: boolean | null, augmentNoise: number | null, inputNormalisation: TrainingInputNormalisation | null, inputGain: number | null, classBalance: TrainingClassBalance | null, patchView: TrainingPatchView | null, viewSize: number | null, lrSchedule: TrainingLrSchedule | null, earlyStoppingPatience: number | null, keepBestEpoch: boolean | null, fromScratch: boolean | null, weakLabels: boolean | null, validationFraction: number | null, validationSpecimenIds: Array<string> | null, maxTrainSamples: number | null, validateEvery: number | null, checkpointEvery: number | null, seed: number | null, trainThreads: number | null, autoPromote: boolean | null } };

export type TrainingRunFieldsFragment = { __typename?: 'TrainingRun', id: string, datasetId: string, status: TrainingRunStatus, trigger: TrainingTrigger, progress: unknown, error: string | null, cancelRequested: boolean, labelCount: number, environment: unknown, createdAt: string, startedAt: string | null, finishedAt: string | null, heartbeatAt: string | null, config: { __typename?: 'TrainingRunConfig', variant: TrainingVariant | null, inputSize: number | null, width: number | null, blocks: Array<number> | null, epochs: number | null, batchSize: number | null, learningRate: number | null, weighting: TrainingWeighting | null, gradNormAlpha: number | null, taskWeightLearningRate: number | null, maskLoss: TrainingMaskLoss | null, augment: boolean | null, augmentNoise: number | null, inputNormalisation: TrainingInputNormalisation | null, inputGain: number | null, classBalance: TrainingClassBalance | null, patchView: TrainingPatchView | null, viewSize: number | null, lrSchedule: TrainingLrSchedule | null, earlyStoppingPatience: number | null, keepBestEpoch: boolean | null, fromScratch: boolean | null, weakLabels: boolean | null, validationFraction: number | null, validationSpecimenIds: Array<string> | null, maxTrainSamples: number | null, validateEvery: number | null, checkpointEvery: number | null, seed: number | null, trainThreads: number | null, autoPromote: boolean | null }, modelVersion: { __typename?: 'ModelVersion', id: string, number: number, status: ModelVersionStatus } | null };

export type TrainingRunsQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type TrainingRunsQuery = { __typename?: 'Query', trainingRuns: { __typename?: 'QueryTrainingRunsConnection', edges: Array<{ __typename?: 'QueryTrainingRunsConnectionEdge', node: { __typename?: 'TrainingRun', id: string, datasetId: string, status: TrainingRunStatus, trigger: TrainingTrigger, progress: unknown, error: string | null, cancelRequested: boolean, labelCount: number, environment: unknown, createdAt: string, startedAt: string | null, finishedAt: string | null, heartbeatAt: string | null, config: { __typename?: 'TrainingRunConfig', variant: TrainingVariant | null, inputSize: number | null, width: number | null, blocks: Array<number> | null, epochs: number | null, batchSize: number | null, learningRate: number | null, weighting: TrainingWeighting | null, gradNormAlpha: number | null, taskWeightLearningRate: number | null, maskLoss: TrainingMaskLoss | null, augment: boolean | null, augmentNoise: number | null, inputNormalisation: TrainingInputNormalisation | null, inputGain: number | null, classBalance: TrainingClassBalance | null, patchView: TrainingPatchView | null, viewSize: number | null, lrSchedule: TrainingLrSchedule | null, earlyStoppingPatience: number | null, keepBestEpoch: boolean | null, fromScratch: boolean | null, weakLabels: boolean | null, validationFraction: number | null, validationSpecimenIds: Array<string> | null, maxTrainSamples: number | null, validateEvery: number | null, checkpointEvery: number | null, seed: number | null, trainThreads: number | null, autoPromote: boolean | null }, modelVersion: { __typename?: 'ModelVersion', id: string, number: number, status: ModelVersionStatus } | null } }> } };

export type TrainingRunDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrainingRunDetailQuery = { __typename?: 'Query', trainingRun: { __typename?: 'TrainingRun', id: string, datasetId: string, status: TrainingRunStatus, trigger: TrainingTrigger, progress: unknown, error: string | null, cancelRequested: boolean, labelCount: number, environment: unknown, createdAt: string, startedAt: string | null, finishedAt: string | null, heartbeatAt: string | null, epochs: Array<{ __typename?: 'TrainingEpoch', epoch: number, losses: unknown, taskWeights: unknown, metrics: unknown, seconds: number, validation: { __typename?: 'TrainingEpochValidation', loss: number, dice: number | null, patternAccuracy: number | null, intensityAccuracy: number | null, patches: number } | null }>, config: { __typename?: 'TrainingRunConfig', variant: TrainingVariant | null, inputSize: number | null, width: number | null, blocks: Array<number> | null, epochs: number | null, batchSize: number | null, learningRate: number | null, weighting: TrainingWeighting | null, gradNormAlpha: number | null, taskWeightLearningRate: number | null, maskLoss: TrainingMaskLoss | null, augment: boolean | null, augmentNoise: number | null, inputNormalisation: TrainingInputNormalisation | null, inputGain: number | null, classBalance: TrainingClassBalance | null, patchView: TrainingPatchView | null, viewSize: number | null, lrSchedule: TrainingLrSchedule | null, earlyStoppingPatience: number | null, keepBestEpoch: boolean | null, fromScratch: boolean | null, weakLabels: boolean | null, validationFraction: number | null, validationSpecimenIds: Array<string> | null, maxTrainSamples: number | null, validateEvery: number | null, checkpointEvery: number | null, seed: number | null, trainThreads: number | null, autoPromote: boolean | null }, modelVersion: { __typename?: 'ModelVersion', id: string, number: number, status: ModelVersionStatus } | null } };

export type TrainingRunUpdatedSubscriptionVariables = Exact<{
  datasetId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type TrainingRunUpdatedSubscription = { __typename?: 'Subscription', trainingRunUpdated: { __typename?: 'TrainingRun', id: string, datasetId: string, status: TrainingRunStatus, trigger: TrainingTrigger, progress: unknown, error: string | null, cancelRequested: boolean, labelCount: number, environment: unknown, createdAt: string, startedAt: string | null, finishedAt: string | null, heartbeatAt: string | null, config: { __typename?: 'TrainingRunConfig', variant: TrainingVariant | null, inputSize: number | null, width: number | null, blocks: Array<number> | null, epochs: number | null, batchSize: number | null, learningRate: number | null, weighting: TrainingWeighting | null, gradNormAlpha: number | null, taskWeightLearningRate: number | null, maskLoss: TrainingMaskLoss | null, augment: boolean | null, augmentNoise: number | null, inputNormalisation: TrainingInputNormalisation | null, inputGain: number | null, classBalance: TrainingClassBalance | null, patchView: TrainingPatchView | null, viewSize: number | null, lrSchedule: TrainingLrSchedule | null, earlyStoppingPatience: number | null, keepBestEpoch: boolean | null, fromScratch: boolean | null, weakLabels: boolean | null, validationFraction: number | null, validationSpecimenIds: Array<string> | null, maxTrainSamples: number | null, validateEvery: number | null, checkpointEvery: number | null, seed: number | null, trainThreads: number | null, autoPromote: boolean | null }, modelVersion: { __typename?: 'ModelVersion', id: string, number: number, status: ModelVersionStatus } | null } };

export type TriggerTrainingRunMutationVariables = Exact<{
  datasetId: Scalars['ID']['input'];
  config?: InputMaybe<TrainingRunConfigInput>;
  force?: InputMaybe<Scalars['Boolean']['input']>;
  belowMinimum?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type TriggerTrainingRunMutation = { __typename?: 'Mutation', triggerTrainingRun: { __typename?: 'TrainingRun', id: string, datasetId: string, status: TrainingRunStatus, trigger: TrainingTrigger, progress: unknown, error: string | null, cancelRequested: boolean, labelCount: number, environment: unknown, createdAt: string, startedAt: string | null, finishedAt: string | null, heartbeatAt: string | null, config: { __typename?: 'TrainingRunConfig', variant: TrainingVariant | null, inputSize: number | null, width: number | null, blocks: Array<number> | null, epochs: number | null, batchSize: number | null, learningRate: number | null, weighting: TrainingWeighting | null, gradNormAlpha: number | null, taskWeightLearningRate: number | null, maskLoss: TrainingMaskLoss | null, augment: boolean | null, augmentNoise: number | null, inputNormalisation: TrainingInputNormalisation | null, inputGain: number | null, classBalance: TrainingClassBalance | null, patchView: TrainingPatchView | null, viewSize: number | null, lrSchedule: TrainingLrSchedule | null, earlyStoppingPatience: number | null, keepBestEpoch: boolean | null, fromScratch: boolean | null, weakLabels: boolean | null, validationFraction: number | null, validationSpecimenIds: Array<string> | null, maxTrainSamples: number | null, validateEvery: number | null, checkpointEvery: number | null, seed: number | null, trainThreads: number | null, autoPromote: boolean | null }, modelVersion: { __typename?: 'ModelVersion', id: string, number: number, status: ModelVersionStatus } | null } };

export type CancelTrainingRunMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelTrainingRunMutation = { __typename?: 'Mutation', cancelTrainingRun: { __typename?: 'TrainingRun', id: string, datasetId: string, status: TrainingRunStatus, trigger: TrainingTrigger, progress: unknown, error: string | null, cancelRequested: boolean, labelCount: number, environment: unknown, createdAt: string, startedAt: string | null, finishedAt: string | null, heartbeatAt: string | null, config: { __typename?: 'TrainingRunConfig', variant: TrainingVariant | null, inputSize: number | null, width: number | null, blocks: Array<number> | null, epochs: number | null, batchSize: number | null, learningRate: number | null, weighting: TrainingWeighting | null, gradNormAlpha: number | null, taskWeightLearningRate: number | null, maskLoss: TrainingMaskLoss | null, augment: boolean | null, augmentNoise: number | null, inputNormalisation: TrainingInputNormalisation | null, inputGain: number | null, classBalance: TrainingClassBalance | null, patchView: TrainingPatchView | null, viewSize: number | null, lrSchedule: TrainingLrSchedule | null, earlyStoppingPatience: number | null, keepBestEpoch: boolean | null, fromScratch: boolean | null, weakLabels: boolean | null, validationFraction: number | null, validationSpecimenIds: Array<string> | null, maxTrainSamples: number | null, validateEvery: number | null, checkpointEvery: number | null, seed: number | null, trainThreads: number | null, autoPromote: boolean | null }, modelVersion: { __typename?: 'ModelVersion', id: string, number: number, status: ModelVersionStatus } | null } };

export type ModelVersionFieldsFragment = { __typename?: 'ModelVersion', id: string, datasetId: string, number: number, status: ModelVersionStatus, labelCount: number, parameterCount: number, artifactBytes: number, metrics: unknown, calibration: unknown, promotion: unknown, architecture: unknown, trainingRunId: string | null, parentId: string | null, createdAt: string, promotedAt: string | null };

export type ModelVersionsQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type ModelVersionsQuery = { __typename?: 'Query', modelVersions: Array<{ __typename?: 'ModelVersion', id: string, datasetId: string, number: number, status: ModelVersionStatus, labelCount: number, parameterCount: number, artifactBytes: number, metrics: unknown, calibration: unknown, promotion: unknown, architecture: unknown, trainingRunId: string | null, parentId: string | null, createdAt: string, promotedAt: string | null }>, dataset: { __typename?: 'Dataset', id: string, name: string, patternClasses: Array<{ __typename?: 'PatternClass', id: string, key: string, label: string, position: number }>, intensityLevels: Array<{ __typename?: 'IntensityLevel', id: string, key: string, name: string, rank: number }> } };

export type PromoteModelVersionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PromoteModelVersionMutation = { __typename?: 'Mutation', promoteModelVersion: { __typename?: 'ModelVersion', id: string, datasetId: string, number: number, status: ModelVersionStatus, labelCount: number, parameterCount: number, artifactBytes: number, metrics: unknown, calibration: unknown, promotion: unknown, architecture: unknown, trainingRunId: string | null, parentId: string | null, createdAt: string, promotedAt: string | null } };

export type RollbackModelMutationVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type RollbackModelMutation = { __typename?: 'Mutation', rollbackModel: { __typename?: 'ModelVersion', id: string, datasetId: string, number: number, status: ModelVersionStatus, labelCount: number, parameterCount: number, artifactBytes: number, metrics: unknown, calibration: unknown, promotion: unknown, architecture: unknown, trainingRunId: string | null, parentId: string | null, createdAt: string, promotedAt: string | null } };

export type ReliabilityBinFieldsFragment = { __typename?: 'ReliabilityBin', lo: number, hi: number, count: number, confidence: number | null, accuracy: number | null };

export type ModelCalibrationQueryVariables = Exact<{
  modelVersionId: Scalars['ID']['input'];
}>;


export type ModelCalibrationQuery = { __typename?: 'Query', calibration: { __typename?: 'ModelCalibration', modelVersionId: string, fittedAt: string | null, validationPatches: number | null, mcSamples: number | null, dropoutMode: string | null, split: { __typename?: 'CalibrationSplit', groupedBy: string, fitPatches: number, heldOutPatches: number, fitSpecimens: number, heldOutSpecimens: number } | null, heads: Array<{ __typename?: 'HeadCalibration', head: string, temperature: number | null, samples: number | null, heldOutSamples: number | null, eceBefore: number | null, eceAfter: number | null, nllBefore: number | null, nllAfter: number | null, before: Array<{ __typename?: 'ReliabilityBin', lo: number, hi: number, count: number, confidence: number | null, accuracy: number | null }>, after: Array<{ __typename?: 'ReliabilityBin', lo: number, hi: number, count: number, confidence: number | null, accuracy: number | null }> }> } };

export type TrainingReadinessQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type TrainingReadinessQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', id: string, patchSize: number, trainingReadiness: { __typename?: 'TrainingReadiness', curatedLabels: number, curatedSpecimens: number, validationSpecimens: number, validationLabels: number, minimumLabels: number, minimumSpecimens: number, problems: Array<string> } } };

export type WebhookFieldsFragment = { __typename?: 'Webhook', id: string, url: string, description: string, events: Array<WebhookEvent>, active: boolean, secretPrefix: string, createdAt: string, lastDeliveryAt: string | null, lastDeliveryStatus: WebhookDeliveryStatus | null, failedDeliveries: number, dataset: { __typename?: 'Dataset', id: string, name: string } | null };

export type WebhookDeliveryFieldsFragment = { __typename?: 'WebhookDelivery', id: string, event: WebhookEvent, status: WebhookDeliveryStatus, attempts: number, payload: unknown, responseStatus: number | null, responseBody: string | null, error: string | null, durationMs: number | null, createdAt: string, nextAttemptAt: string | null, deliveredAt: string | null };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { __typename?: 'Query', webhooks: Array<{ __typename?: 'Webhook', id: string, url: string, description: string, events: Array<WebhookEvent>, active: boolean, secretPrefix: string, createdAt: string, lastDeliveryAt: string | null, lastDeliveryStatus: WebhookDeliveryStatus | null, failedDeliveries: number, dataset: { __typename?: 'Dataset', id: string, name: string } | null }> };

export type WebhookDeliveriesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  status?: InputMaybe<WebhookDeliveryStatus>;
}>;


export type WebhookDeliveriesQuery = { __typename?: 'Query', webhook: { __typename?: 'Webhook', id: string, deliveries: { __typename?: 'WebhookDeliveriesConnection', edges: Array<{ __typename?: 'WebhookDeliveriesConnectionEdge', node: { __typename?: 'WebhookDelivery', id: string, event: WebhookEvent, status: WebhookDeliveryStatus, attempts: number, payload: unknown, responseStatus: number | null, responseBody: string | null, error: string | null, durationMs: number | null, createdAt: string, nextAttemptAt: string | null, deliveredAt: string | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean } } } | null };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { __typename?: 'Mutation', createWebhook: { __typename?: 'CreatedWebhook', secret: string, webhook: { __typename?: 'Webhook', id: string, url: string, description: string, events: Array<WebhookEvent>, active: boolean, secretPrefix: string, createdAt: string, lastDeliveryAt: string | null, lastDeliveryStatus: WebhookDeliveryStatus | null, failedDeliveries: number, dataset: { __typename?: 'Dataset', id: string, name: string } | null } } };

export type UpdateWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateWebhookInput;
}>;


export type UpdateWebhookMutation = { __typename?: 'Mutation', updateWebhook: { __typename?: 'Webhook', id: string, url: string, description: string, events: Array<WebhookEvent>, active: boolean, secretPrefix: string, createdAt: string, lastDeliveryAt: string | null, lastDeliveryStatus: WebhookDeliveryStatus | null, failedDeliveries: number, dataset: { __typename?: 'Dataset', id: string, name: string } | null } };

export type RotateWebhookSecretMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RotateWebhookSecretMutation = { __typename?: 'Mutation', rotateWebhookSecret: { __typename?: 'CreatedWebhook', secret: string, webhook: { __typename?: 'Webhook', id: string, url: string, description: string, events: Array<WebhookEvent>, active: boolean, secretPrefix: string, createdAt: string, lastDeliveryAt: string | null, lastDeliveryStatus: WebhookDeliveryStatus | null, failedDeliveries: number, dataset: { __typename?: 'Dataset', id: string, name: string } | null } } };

export type DeleteWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteWebhookMutation = { __typename?: 'Mutation', deleteWebhook: string };

export type PingWebhookMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PingWebhookMutation = { __typename?: 'Mutation', pingWebhook: { __typename?: 'WebhookDelivery', id: string, event: WebhookEvent, status: WebhookDeliveryStatus, attempts: number, payload: unknown, responseStatus: number | null, responseBody: string | null, error: string | null, durationMs: number | null, createdAt: string, nextAttemptAt: string | null, deliveredAt: string | null } };

export type RedeliverWebhookDeliveryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RedeliverWebhookDeliveryMutation = { __typename?: 'Mutation', redeliverWebhookDelivery: { __typename?: 'WebhookDelivery', id: string, event: WebhookEvent, status: WebhookDeliveryStatus, attempts: number, payload: unknown, responseStatus: number | null, responseBody: string | null, error: string | null, durationMs: number | null, createdAt: string, nextAttemptAt: string | null, deliveredAt: string | null } };

export type AnnotatorHomeQueryVariables = Exact<{ [key: string]: never; }>;


export type AnnotatorHomeQuery = { __typename?: 'Query', datasets: Array<{ __typename?: 'Dataset', id: string, name: string, description: string, patchSize: number }>, myReturnedWork: Array<{ __typename?: 'Annotation', id: string, returnComment: string | null, updatedAt: string, patch: { __typename?: 'Patch', id: string, datasetId: string, specimen: { __typename?: 'Specimen', externalId: string } }, patternClass: { __typename?: 'PatternClass', label: string } | null }> };

export type QueueProgressFieldsFragment = { __typename?: 'QueueCounts', queued: number, inProgress: number, submitted: number, returned: number, approved: number };

export type DatasetQueueCountsQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type DatasetQueueCountsQuery = { __typename?: 'Query', queueCounts: { __typename?: 'QueueCounts', queued: number, inProgress: number, submitted: number, returned: number, approved: number } };

export type MyAnnotationsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<AnnotationStatus>;
}>;


export type MyAnnotationsQuery = { __typename?: 'Query', myAnnotations: { __typename?: 'QueryMyAnnotationsConnection', edges: Array<{ __typename?: 'QueryMyAnnotationsConnectionEdge', node: { __typename?: 'Annotation', id: string, status: AnnotationStatus, version: number, updatedAt: string, submittedAt: string | null, maskArea: number | null, proposalDice: number | null, returnComment: string | null, patternClass: { __typename?: 'PatternClass', label: string, color: string } | null, intensityLevel: { __typename?: 'IntensityLevel', name: string } | null, patch: { __typename?: 'Patch', id: string, datasetId: string, x: number, y: number, specimen: { __typename?: 'Specimen', externalId: string } } } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type MyThroughputQueryVariables = Exact<{
  days: Scalars['Int']['input'];
}>;


export type MyThroughputQuery = { __typename?: 'Query', myThroughput: { __typename?: 'AnnotatorThroughput', userId: string, submitted: number, skipped: number, medianSecondsPerPatch: number | null, submissionsPerHour: number | null, reviewed: number, approved: number, rejected: number, meanProposalDice: number | null, meanReviewDice: number | null, daily: Array<{ __typename?: 'DailySubmissions', day: string, submitted: number }> } | null };

export type DisplayWindowFieldsFragment = { __typename?: 'DisplayWindow', low: number, high: number, min: number, max: number, bitDepth: number, saturatedFraction: number, zeroFraction: number };

export type WorkPatchFieldsFragment = { __typename?: 'Patch', id: string, datasetId: string, x: number, y: number, width: number, height: number, padded: boolean, imageUrl: string, acquisitionScore: number | null, acquisitionStrategy: string | null, specimen: { __typename?: 'Specimen', id: string, externalId: string, width: number, height: number, bitDepth: number, displayUrl: string | null, displayWindow: { __typename?: 'DisplayWindow', low: number, high: number, min: number, max: number, bitDepth: number, saturatedFraction: number, zeroFraction: number } | null } };

export type ProposalFieldsFragment = { __typename?: 'ModelProposal', predictionId: string, modelVersionNumber: number, method: string, maskUrl: string | null, maskProbabilityUrl: string | null, patternProbs: Array<number>, intensityProbs: Array<number>, patternEntropy: number, intensityEntropy: number, maskEntropy: number };

export type WorkItemFieldsFragment = { __typename?: 'WorkItem', returnComment: string | null, lease: { __typename?: 'WorkLease', id: string, patchId: string, expiresAt: string }, patch: { __typename?: 'Patch', id: string, datasetId: string, x: number, y: number, width: number, height: number, padded: boolean, imageUrl: string, acquisitionScore: number | null, acquisitionStrategy: string | null, specimen: { __typename?: 'Specimen', id: string, externalId: string, width: number, height: number, bitDepth: number, displayUrl: string | null, displayWindow: { __typename?: 'DisplayWindow', low: number, high: number, min: number, max: number, bitDepth: number, saturatedFraction: number, zeroFraction: number } | null } }, proposal: { __typename?: 'ModelProposal', predictionId: string, modelVersionNumber: number, method: string, maskUrl: string | null, maskProbabilityUrl: string | null, patternProbs: Array<number>, intensityProbs: Array<number>, patternEntropy: number, intensityEntropy: number, maskEntropy: number } | null, draft: { __typename?: 'Annotation', id: string, version: number, status: AnnotationStatus, maskUrl: string | null, returnComment: string | null, patternClass: { __typename?: 'PatternClass', id: string } | null, intensityLevel: { __typename?: 'IntensityLevel', id: string } | null } | null };

export type ClaimNextMutationVariables = Exact<{
  datasetId: Scalars['ID']['input'];
}>;


export type ClaimNextMutation = { __typename?: 'Mutation', claimNext: { __typename?: 'WorkItem', returnComment: string | null, lease: { __typename?: 'WorkLease', id: string, patchId: string, expiresAt: string }, patch: { __typename?: 'Patch', id: string, datasetId: string, x: number, y: number, width: number, height: number, padded: boolean, imageUrl: string, acquisitionScore: number | null, acquisitionStrategy: string | null, specimen: { __typename?: 'Specimen', id: string, externalId: string, width: number, height: number, bitDepth: number, displayUrl: string | null, displayWindow: { __typename?: 'DisplayWindow', low: number, high: number, min: number, max: number, bitDepth: number, saturatedFraction: number, zeroFraction: number } | null } }, proposal: { __typename?: 'ModelProposal', predictionId: string, modelVersionNumber: number, method: string, maskUrl: string | null, maskProbabilityUrl: string | null, patternProbs: Array<number>, intensityProbs: Array<number>, patternEntropy: number, intensityEntropy: number, maskEntropy: number } | null, draft: { __typename?: 'Annotation', id: string, version: number, status: AnnotationStatus, maskUrl: string | null, returnComment: string | null, patternClass: { __typename?: 'PatternClass', id: string } | null, intensityLevel: { __typename?: 'IntensityLevel', id: string } | null } | null } };

export type HeartbeatMutationVariables = Exact<{
  leaseId: Scalars['ID']['input'];
}>;


export type HeartbeatMutation = { __typename?: 'Mutation', heartbeat: { __typename?: 'WorkLease', id: string, expiresAt: string } };

export type SaveDraftMutationVariables = Exact<{
  input: AnnotationInput;
}>;


export type SaveDraftMutation = { __typename?: 'Mutation', saveDraft: { __typename?: 'Annotation', id: string, version: number, status: AnnotationStatus } };

export type SkipPatchMutationVariables = Exact<{
  leaseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type SkipPatchMutation = { __typename?: 'Mutation', skipPatch: { __typename?: 'WorkLease', id: string, endReason: LeaseEnd | null } };

export type LabelingDatasetQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type LabelingDatasetQuery = { __typename?: 'Query', dataset: { __typename?: 'Dataset', id: string, name: string, intensityMode: IntensityMode, patternClasses: Array<{ __typename?: 'PatternClass', id: string, key: string, label: string, color: string, position: number, shortcut: string | null }>, intensityLevels: Array<{ __typename?: 'IntensityLevel', id: string, key: string, name: string, rank: number, shortcut: string | null }> } };

export type UpcomingPatchesQueryVariables = Exact<{
  datasetId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type UpcomingPatchesQuery = { __typename?: 'Query', upcomingPatches: Array<{ __typename?: 'UpcomingPatch', queue: UpcomingQueue, patch: { __typename?: 'Patch', id: string, datasetId: string, x: number, y: number, width: number, height: number, padded: boolean, imageUrl: string, acquisitionScore: number | null, acquisitionStrategy: string | null, specimen: { __typename?: 'Specimen', id: string, externalId: string, width: number, height: number, bitDepth: number, displayUrl: string | null, displayWindow: { __typename?: 'DisplayWindow', low: number, high: number, min: number, max: number, bitDepth: number, saturatedFraction: number, zeroFraction: number } | null } }, proposal: { __typename?: 'ModelProposal', predictionId: string, modelVersionNumber: number, method: string, maskUrl: string | null, maskProbabilityUrl: string | null, patternProbs: Array<number>, intensityProbs: Array<number>, patternEntropy: number, intensityEntropy: number, maskEntropy: number } | null }> };

export type SubmitAndClaimNextMutationVariables = Exact<{
  input: AnnotationInput;
  datasetId: Scalars['ID']['input'];
}>;


export type SubmitAndClaimNextMutation = { __typename?: 'Mutation', submitAnnotation: { __typename?: 'Annotation', id: string, version: number, status: AnnotationStatus }, claimNext: { __typename?: 'WorkItem', returnComment: string | null, lease: { __typename?: 'WorkLease', id: string, patchId: string, expiresAt: string }, patch: { __typename?: 'Patch', id: string, datasetId: string, x: number, y: number, width: number, height: number, padded: boolean, imageUrl: string, acquisitionScore: number | null, acquisitionStrategy: string | null, specimen: { __typename?: 'Specimen', id: string, externalId: string, width: number, height: number, bitDepth: number, displayUrl: string | null, displayWindow: { __typename?: 'DisplayWindow', low: number, high: number, min: number, max: number, bitDepth: number, saturatedFraction: number, zeroFraction: number } | null } }, proposal: { __typename?: 'ModelProposal', predictionId: string, modelVersionNumber: number, method: string, maskUrl: string | null, maskProbabilityUrl: string | null, patternProbs: Array<number>, intensityProbs: Array<number>, patternEntropy: number, intensityEntropy: number, maskEntropy: number } | null, draft: { __typename?: 'Annotation', id: string, version: number, status: AnnotationStatus, maskUrl: string | null, returnComment: string | null, patternClass: { __typename?: 'PatternClass', id: string } | null, intensityLevel: { __typename?: 'IntensityLevel', id: string } | null } | null } };

export const DatasetTaxonomyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DatasetTaxonomyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patternClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"shortcut"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intensityLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"shortcut"}}]}}]}}]} as unknown as DocumentNode<DatasetTaxonomyFieldsFragment, unknown>;
export const LabelCountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LabelCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabelCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]} as unknown as DocumentNode<LabelCountFieldsFragment, unknown>;
export const DatasetStatusCountsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DatasetStatusCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specimens"}},{"kind":"Field","name":{"kind":"Name","value":"patches"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<DatasetStatusCountsFieldsFragment, unknown>;
export const PresenceEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PresenceEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PresenceEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaseId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"patchId"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]} as unknown as DocumentNode<PresenceEntryFieldsFragment, unknown>;
export const ExperimentSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperimentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Experiment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"folds"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cell"}},{"kind":"Field","name":{"kind":"Name","value":"fold"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ExperimentSummaryFieldsFragment, unknown>;
export const ExportJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressDone"}},{"kind":"Field","name":{"kind":"Name","value":"progressTotal"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"warningCount"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"approvedLabels"}},{"kind":"Field","name":{"kind":"Name","value":"newestApprovalAt"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<ExportJobFieldsFragment, unknown>;
export const ImportJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"layout"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"allOrNothing"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"doneRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"maskSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"masks"}},{"kind":"Field","name":{"kind":"Name","value":"emptyLines"}},{"kind":"Field","name":{"kind":"Name","value":"contourLines"}},{"kind":"Field","name":{"kind":"Name","value":"foregroundMin"}},{"kind":"Field","name":{"kind":"Name","value":"foregroundMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grouping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"detected"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}}]}}]}}]} as unknown as DocumentNode<ImportJobFieldsFragment, unknown>;
export const AcquisitionSettingsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcquisitionSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcquisitionSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"scoringMethod"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<AcquisitionSettingsFieldsFragment, unknown>;
export const AgreementEstimateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementEstimateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementEstimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistic"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}}]}}]} as unknown as DocumentNode<AgreementEstimateFieldsFragment, unknown>;
export const AnnotatorScoreSetFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnotatorScoreSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnotatorScoreSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"patternAccuracy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementEstimateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patternKappa"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementEstimateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intensityAccuracy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementEstimateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intensityKappa"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementEstimateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maskDice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementEstimateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementEstimateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementEstimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistic"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}}]}}]} as unknown as DocumentNode<AnnotatorScoreSetFieldsFragment, unknown>;
export const QueueProgressFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}}]}}]} as unknown as DocumentNode<QueueProgressFieldsFragment, unknown>;
export const ReviewQueueCountsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewQueueCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueProgressFields"}},{"kind":"Field","name":{"kind":"Name","value":"lowAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"activeLeases"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}}]}}]} as unknown as DocumentNode<ReviewQueueCountsFieldsFragment, unknown>;
export const TrainingRunConfigFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRunConfigFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRunConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"inputSize"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"}},{"kind":"Field","name":{"kind":"Name","value":"epochs"}},{"kind":"Field","name":{"kind":"Name","value":"batchSize"}},{"kind":"Field","name":{"kind":"Name","value":"learningRate"}},{"kind":"Field","name":{"kind":"Name","value":"weighting"}},{"kind":"Field","name":{"kind":"Name","value":"gradNormAlpha"}},{"kind":"Field","name":{"kind":"Name","value":"taskWeightLearningRate"}},{"kind":"Field","name":{"kind":"Name","value":"maskLoss"}},{"kind":"Field","name":{"kind":"Name","value":"augment"}},{"kind":"Field","name":{"kind":"Name","value":"augmentNoise"}},{"kind":"Field","name":{"kind":"Name","value":"inputNormalisation"}},{"kind":"Field","name":{"kind":"Name","value":"inputGain"}},{"kind":"Field","name":{"kind":"Name","value":"classBalance"}},{"kind":"Field","name":{"kind":"Name","value":"patchView"}},{"kind":"Field","name":{"kind":"Name","value":"viewSize"}},{"kind":"Field","name":{"kind":"Name","value":"lrSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"earlyStoppingPatience"}},{"kind":"Field","name":{"kind":"Name","value":"keepBestEpoch"}},{"kind":"Field","name":{"kind":"Name","value":"fromScratch"}},{"kind":"Field","name":{"kind":"Name","value":"weakLabels"}},{"kind":"Field","name":{"kind":"Name","value":"validationFraction"}},{"kind":"Field","name":{"kind":"Name","value":"validationSpecimenIds"}},{"kind":"Field","name":{"kind":"Name","value":"maxTrainSamples"}},{"kind":"Field","name":{"kind":"Name","value":"validateEvery"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointEvery"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"trainThreads"}},{"kind":"Field","name":{"kind":"Name","value":"autoPromote"}}]}}]} as unknown as DocumentNode<TrainingRunConfigFieldsFragment, unknown>;
export const TrainingRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRunConfigFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"cancelRequested"}},{"kind":"Field","name":{"kind":"Name","value":"labelCount"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRunConfigFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRunConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"inputSize"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"}},{"kind":"Field","name":{"kind":"Name","value":"epochs"}},{"kind":"Field","name":{"kind":"Name","value":"batchSize"}},{"kind":"Field","name":{"kind":"Name","value":"learningRate"}},{"kind":"Field","name":{"kind":"Name","value":"weighting"}},{"kind":"Field","name":{"kind":"Name","value":"gradNormAlpha"}},{"kind":"Field","name":{"kind":"Name","value":"taskWeightLearningRate"}},{"kind":"Field","name":{"kind":"Name","value":"maskLoss"}},{"kind":"Field","name":{"kind":"Name","value":"augment"}},{"kind":"Field","name":{"kind":"Name","value":"augmentNoise"}},{"kind":"Field","name":{"kind":"Name","value":"inputNormalisation"}},{"kind":"Field","name":{"kind":"Name","value":"inputGain"}},{"kind":"Field","name":{"kind":"Name","value":"classBalance"}},{"kind":"Field","name":{"kind":"Name","value":"patchView"}},{"kind":"Field","name":{"kind":"Name","value":"viewSize"}},{"kind":"Field","name":{"kind":"Name","value":"lrSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"earlyStoppingPatience"}},{"kind":"Field","name":{"kind":"Name","value":"keepBestEpoch"}},{"kind":"Field","name":{"kind":"Name","value":"fromScratch"}},{"kind":"Field","name":{"kind":"Name","value":"weakLabels"}},{"kind":"Field","name":{"kind":"Name","value":"validationFraction"}},{"kind":"Field","name":{"kind":"Name","value":"validationSpecimenIds"}},{"kind":"Field","name":{"kind":"Name","value":"maxTrainSamples"}},{"kind":"Field","name":{"kind":"Name","value":"validateEvery"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointEvery"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"trainThreads"}},{"kind":"Field","name":{"kind":"Name","value":"autoPromote"}}]}}]} as unknown as DocumentNode<TrainingRunFieldsFragment, unknown>;
export const ModelVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"labelCount"}},{"kind":"Field","name":{"kind":"Name","value":"parameterCount"}},{"kind":"Field","name":{"kind":"Name","value":"artifactBytes"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"}},{"kind":"Field","name":{"kind":"Name","value":"calibration"}},{"kind":"Field","name":{"kind":"Name","value":"promotion"}},{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRunId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"promotedAt"}}]}}]} as unknown as DocumentNode<ModelVersionFieldsFragment, unknown>;
export const ReliabilityBinFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReliabilityBinFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReliabilityBin"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lo"}},{"kind":"Field","name":{"kind":"Name","value":"hi"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"accuracy"}}]}}]} as unknown as DocumentNode<ReliabilityBinFieldsFragment, unknown>;
export const WebhookFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"secretPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveryAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"failedDeliveries"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WebhookFieldsFragment, unknown>;
export const WebhookDeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"responseBody"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]} as unknown as DocumentNode<WebhookDeliveryFieldsFragment, unknown>;
export const DisplayWindowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisplayWindowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisplayWindow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"bitDepth"}},{"kind":"Field","name":{"kind":"Name","value":"saturatedFraction"}},{"kind":"Field","name":{"kind":"Name","value":"zeroFraction"}}]}}]} as unknown as DocumentNode<DisplayWindowFieldsFragment, unknown>;
export const WorkPatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkPatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"padded"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"acquisitionScore"}},{"kind":"Field","name":{"kind":"Name","value":"acquisitionStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"specimen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"bitDepth"}},{"kind":"Field","name":{"kind":"Name","value":"displayUrl"}},{"kind":"Field","name":{"kind":"Name","value":"displayWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisplayWindowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisplayWindowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisplayWindow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"bitDepth"}},{"kind":"Field","name":{"kind":"Name","value":"saturatedFraction"}},{"kind":"Field","name":{"kind":"Name","value":"zeroFraction"}}]}}]} as unknown as DocumentNode<WorkPatchFieldsFragment, unknown>;
export const ProposalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predictionId"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"maskUrl"}},{"kind":"Field","name":{"kind":"Name","value":"maskProbabilityUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patternProbs"}},{"kind":"Field","name":{"kind":"Name","value":"intensityProbs"}},{"kind":"Field","name":{"kind":"Name","value":"patternEntropy"}},{"kind":"Field","name":{"kind":"Name","value":"intensityEntropy"}},{"kind":"Field","name":{"kind":"Name","value":"maskEntropy"}}]}}]} as unknown as DocumentNode<ProposalFieldsFragment, unknown>;
export const WorkItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patchId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"patch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkPatchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"maskUrl"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"patternClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intensityLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisplayWindowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisplayWindow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"bitDepth"}},{"kind":"Field","name":{"kind":"Name","value":"saturatedFraction"}},{"kind":"Field","name":{"kind":"Name","value":"zeroFraction"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkPatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"padded"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"acquisitionScore"}},{"kind":"Field","name":{"kind":"Name","value":"acquisitionStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"specimen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"bitDepth"}},{"kind":"Field","name":{"kind":"Name","value":"displayUrl"}},{"kind":"Field","name":{"kind":"Name","value":"displayWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisplayWindowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predictionId"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"maskUrl"}},{"kind":"Field","name":{"kind":"Name","value":"maskProbabilityUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patternProbs"}},{"kind":"Field","name":{"kind":"Name","value":"intensityProbs"}},{"kind":"Field","name":{"kind":"Name","value":"patternEntropy"}},{"kind":"Field","name":{"kind":"Name","value":"intensityEntropy"}},{"kind":"Field","name":{"kind":"Name","value":"maskEntropy"}}]}}]} as unknown as DocumentNode<WorkItemFieldsFragment, unknown>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const AnnotatorAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnotatorAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annotatorAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"patches"}},{"kind":"Field","name":{"kind":"Name","value":"patternKappa"}},{"kind":"Field","name":{"kind":"Name","value":"patternAgreementRate"}},{"kind":"Field","name":{"kind":"Name","value":"intensityKappa"}}]}},{"kind":"Field","name":{"kind":"Name","value":"datasetAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patches"}},{"kind":"Field","name":{"kind":"Name","value":"patternFleissKappa"}},{"kind":"Field","name":{"kind":"Name","value":"meanPatternAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"meanIntensityAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"meanMaskDice"}}]}}]}}]} as unknown as DocumentNode<AnnotatorAgreementQuery, AnnotatorAgreementQueryVariables>;
export const AnnotatorThroughputDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnotatorThroughput"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annotatorThroughput"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"expired"}},{"kind":"Field","name":{"kind":"Name","value":"medianSecondsPerPatch"}},{"kind":"Field","name":{"kind":"Name","value":"p90SecondsPerPatch"}},{"kind":"Field","name":{"kind":"Name","value":"activeHours"}},{"kind":"Field","name":{"kind":"Name","value":"submissionsPerHour"}},{"kind":"Field","name":{"kind":"Name","value":"reviewed"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"editedByCurator"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionRate"}},{"kind":"Field","name":{"kind":"Name","value":"meanProposalDice"}},{"kind":"Field","name":{"kind":"Name","value":"meanReviewDice"}},{"kind":"Field","name":{"kind":"Name","value":"lastActiveAt"}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}}]}}]}}]}}]} as unknown as DocumentNode<AnnotatorThroughputQuery, AnnotatorThroughputQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const DatasetsOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetsOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"patchSize"}},{"kind":"Field","name":{"kind":"Name","value":"intensityMode"}},{"kind":"Field","name":{"kind":"Name","value":"annotatorsPerPatch"}},{"kind":"Field","name":{"kind":"Name","value":"patternClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DatasetStatusCountsFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DatasetStatusCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specimens"}},{"kind":"Field","name":{"kind":"Name","value":"patches"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<DatasetsOverviewQuery, DatasetsOverviewQueryVariables>;
export const PresenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Presence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PresenceEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PresenceEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PresenceEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaseId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"patchId"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]} as unknown as DocumentNode<PresenceQuery, PresenceQueryVariables>;
export const PresenceLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PresenceLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"presence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PresenceEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PresenceEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PresenceEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaseId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"patchId"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]} as unknown as DocumentNode<PresenceLiveSubscription, PresenceLiveSubscriptionVariables>;
export const PresencePatchSpecimenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PresencePatchSpecimen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patchId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"specimen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PresencePatchSpecimenQuery, PresencePatchSpecimenQueryVariables>;
export const ExperimentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Experiments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experiments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExperimentSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperimentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Experiment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"folds"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cell"}},{"kind":"Field","name":{"kind":"Name","value":"fold"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ExperimentsQuery, ExperimentsQueryVariables>;
export const ExperimentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Experiment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experiment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExperimentSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"grid"}},{"kind":"Field","name":{"kind":"Name","value":"report"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperimentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Experiment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"folds"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cell"}},{"kind":"Field","name":{"kind":"Name","value":"fold"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ExperimentQuery, ExperimentQueryVariables>;
export const ExperimentReportFilesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExperimentReportFiles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experimentReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"EnumValue","value":"ALL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]} as unknown as DocumentNode<ExperimentReportFilesQuery, ExperimentReportFilesQueryVariables>;
export const CreateExperimentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExperiment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"folds"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seed"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grid"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExperiment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"folds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"folds"}}},{"kind":"Argument","name":{"kind":"Name","value":"seed"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seed"}}},{"kind":"Argument","name":{"kind":"Name","value":"grid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExperimentSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperimentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Experiment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"folds"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cell"}},{"kind":"Field","name":{"kind":"Name","value":"fold"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CreateExperimentMutation, CreateExperimentMutationVariables>;
export const RequeueFailedExperimentRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequeueFailedExperimentRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requeueFailedExperimentRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExperimentSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExperimentSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Experiment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"folds"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"runs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cell"}},{"kind":"Field","name":{"kind":"Name","value":"fold"}},{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RequeueFailedExperimentRunsMutation, RequeueFailedExperimentRunsMutationVariables>;
export const ExportPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportFormats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exportJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportJobFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressDone"}},{"kind":"Field","name":{"kind":"Name","value":"progressTotal"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"warningCount"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"approvedLabels"}},{"kind":"Field","name":{"kind":"Name","value":"newestApprovalAt"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<ExportPanelQuery, ExportPanelQueryVariables>;
export const StartExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"approvedOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"approvedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"approvedOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressDone"}},{"kind":"Field","name":{"kind":"Name","value":"progressTotal"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"warningCount"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"approvedLabels"}},{"kind":"Field","name":{"kind":"Name","value":"newestApprovalAt"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<StartExportMutation, StartExportMutationVariables>;
export const ExportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ExportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progressDone"}},{"kind":"Field","name":{"kind":"Name","value":"progressTotal"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"warningCount"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"approvedLabels"}},{"kind":"Field","name":{"kind":"Name","value":"newestApprovalAt"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"createdByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]} as unknown as DocumentNode<ExportProgressSubscription, ExportProgressSubscriptionVariables>;
export const RequestArchiveUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestArchiveUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filename"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"size"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestArchiveUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filename"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filename"}}},{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"Variable","name":{"kind":"Name","value":"size"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}}]}}]}}]} as unknown as DocumentNode<RequestArchiveUploadMutation, RequestArchiveUploadMutationVariables>;
export const StartArchiveImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartArchiveImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uploadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"layout"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportLayout"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allOrNothing"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labels"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportLabels"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportOptionsInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startArchiveImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"uploadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uploadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"layout"},"value":{"kind":"Variable","name":{"kind":"Name","value":"layout"}}},{"kind":"Argument","name":{"kind":"Name","value":"allOrNothing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allOrNothing"}}},{"kind":"Argument","name":{"kind":"Name","value":"labels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labels"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartArchiveImportMutation, StartArchiveImportMutationVariables>;
export const DatasetAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetAdmin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"patchSize"}},{"kind":"Field","name":{"kind":"Name","value":"strideX"}},{"kind":"Field","name":{"kind":"Name","value":"strideY"}},{"kind":"Field","name":{"kind":"Name","value":"intensityMode"}},{"kind":"Field","name":{"kind":"Name","value":"annotatorsPerPatch"}},{"kind":"Field","name":{"kind":"Name","value":"agreementThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"doubleLabelShare"}},{"kind":"Field","name":{"kind":"Name","value":"goldRate"}},{"kind":"Field","name":{"kind":"Name","value":"acquisition"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DatasetTaxonomyFields"}},{"kind":"Field","name":{"kind":"Name","value":"patternClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"icapCodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DatasetStatusCountsFields"}},{"kind":"Field","name":{"kind":"Name","value":"approvedPatterns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LabelCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedIntensities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LabelCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importedPatterns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LabelCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importedIntensities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LabelCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specimenPatterns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LabelCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"curatedSpecimenPatterns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LabelCountFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DatasetTaxonomyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patternClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"shortcut"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intensityLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"shortcut"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DatasetStatusCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specimens"}},{"kind":"Field","name":{"kind":"Name","value":"patches"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LabelCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LabelCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]} as unknown as DocumentNode<DatasetAdminQuery, DatasetAdminQueryVariables>;
export const CreateDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"intensityMode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IntensityMode"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taxonomyPreset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaxonomyPreset"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patchSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strideX"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strideY"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}},{"kind":"Argument","name":{"kind":"Name","value":"intensityMode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"intensityMode"}}},{"kind":"Argument","name":{"kind":"Name","value":"taxonomyPreset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taxonomyPreset"}}},{"kind":"Argument","name":{"kind":"Name","value":"patchSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patchSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"strideX"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strideX"}}},{"kind":"Argument","name":{"kind":"Name","value":"strideY"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strideY"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateDatasetMutation, CreateDatasetMutationVariables>;
export const UpdateDatasetSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDatasetSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"annotatorsPerPatch"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementThreshold"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"doubleLabelShare"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"goldRate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patchSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strideX"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"strideY"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDatasetSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}},{"kind":"Argument","name":{"kind":"Name","value":"annotatorsPerPatch"},"value":{"kind":"Variable","name":{"kind":"Name","value":"annotatorsPerPatch"}}},{"kind":"Argument","name":{"kind":"Name","value":"agreementThreshold"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementThreshold"}}},{"kind":"Argument","name":{"kind":"Name","value":"doubleLabelShare"},"value":{"kind":"Variable","name":{"kind":"Name","value":"doubleLabelShare"}}},{"kind":"Argument","name":{"kind":"Name","value":"goldRate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"goldRate"}}},{"kind":"Argument","name":{"kind":"Name","value":"patchSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patchSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"strideX"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strideX"}}},{"kind":"Argument","name":{"kind":"Name","value":"strideY"},"value":{"kind":"Variable","name":{"kind":"Name","value":"strideY"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"annotatorsPerPatch"}},{"kind":"Field","name":{"kind":"Name","value":"agreementThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"doubleLabelShare"}},{"kind":"Field","name":{"kind":"Name","value":"goldRate"}},{"kind":"Field","name":{"kind":"Name","value":"patchSize"}},{"kind":"Field","name":{"kind":"Name","value":"strideX"}},{"kind":"Field","name":{"kind":"Name","value":"strideY"}}]}}]}}]} as unknown as DocumentNode<UpdateDatasetSettingsMutation, UpdateDatasetSettingsMutationVariables>;
export const ImportJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"layout"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"allOrNothing"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"doneRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"maskSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"masks"}},{"kind":"Field","name":{"kind":"Name","value":"emptyLines"}},{"kind":"Field","name":{"kind":"Name","value":"contourLines"}},{"kind":"Field","name":{"kind":"Name","value":"foregroundMin"}},{"kind":"Field","name":{"kind":"Name","value":"foregroundMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grouping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"detected"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}}]}}]}}]} as unknown as DocumentNode<ImportJobsQuery, ImportJobsQueryVariables>;
export const StartImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serverPath"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"layout"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportLayout"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allOrNothing"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labels"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportLabels"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportOptionsInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"serverPath"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serverPath"}}},{"kind":"Argument","name":{"kind":"Name","value":"layout"},"value":{"kind":"Variable","name":{"kind":"Name","value":"layout"}}},{"kind":"Argument","name":{"kind":"Name","value":"allOrNothing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allOrNothing"}}},{"kind":"Argument","name":{"kind":"Name","value":"labels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labels"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"layout"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"allOrNothing"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"doneRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"maskSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"masks"}},{"kind":"Field","name":{"kind":"Name","value":"emptyLines"}},{"kind":"Field","name":{"kind":"Name","value":"contourLines"}},{"kind":"Field","name":{"kind":"Name","value":"foregroundMin"}},{"kind":"Field","name":{"kind":"Name","value":"foregroundMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grouping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"detected"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}}]}}]}}]} as unknown as DocumentNode<StartImportMutation, StartImportMutationVariables>;
export const ImportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ImportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"layout"}},{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"allOrNothing"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"doneRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"maskSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"masks"}},{"kind":"Field","name":{"kind":"Name","value":"emptyLines"}},{"kind":"Field","name":{"kind":"Name","value":"contourLines"}},{"kind":"Field","name":{"kind":"Name","value":"foregroundMin"}},{"kind":"Field","name":{"kind":"Name","value":"foregroundMax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grouping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"detected"}},{"kind":"Field","name":{"kind":"Name","value":"groups"}}]}}]}}]} as unknown as DocumentNode<ImportProgressSubscription, ImportProgressSubscriptionVariables>;
export const RequestSpecimenUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSpecimenUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filename"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"size"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSpecimenUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filename"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filename"}}},{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"Variable","name":{"kind":"Name","value":"size"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<RequestSpecimenUploadMutation, RequestSpecimenUploadMutationVariables>;
export const CompleteSpecimenUploadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteSpecimenUpload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uploadId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pattern"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"intensity"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labels"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportLabels"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeSpecimenUpload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"uploadId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uploadId"}}},{"kind":"Argument","name":{"kind":"Name","value":"pattern"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pattern"}}},{"kind":"Argument","name":{"kind":"Name","value":"intensity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"intensity"}}},{"kind":"Argument","name":{"kind":"Name","value":"labels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labels"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"patches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteSpecimenUploadMutation, CompleteSpecimenUploadMutationVariables>;
export const LearningOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LearningOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DatasetStatusCountsFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"queueCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueProgressFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DatasetStatusCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DatasetStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specimens"}},{"kind":"Field","name":{"kind":"Name","value":"patches"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}}]}}]} as unknown as DocumentNode<LearningOverviewQuery, LearningOverviewQueryVariables>;
export const DatasetPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetPicker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specimens"}},{"kind":"Field","name":{"kind":"Name","value":"patches"}}]}}]}}]}}]} as unknown as DocumentNode<DatasetPickerQuery, DatasetPickerQueryVariables>;
export const AcquisitionSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AcquisitionSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acquisitionSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcquisitionSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcquisitionSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcquisitionSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"scoringMethod"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<AcquisitionSettingsQuery, AcquisitionSettingsQueryVariables>;
export const UpdateAcquisitionSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAcquisitionSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"settings"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAcquisitionSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"settings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"settings"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AcquisitionSettingsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AcquisitionSettingsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AcquisitionSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"scoringMethod"}},{"kind":"Field","name":{"kind":"Name","value":"settings"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<UpdateAcquisitionSettingsMutation, UpdateAcquisitionSettingsMutationVariables>;
export const RequestScoringDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestScoring"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestScoring"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"activeModelVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reranked"}},{"kind":"Field","name":{"kind":"Name","value":"scored"}},{"kind":"Field","name":{"kind":"Name","value":"unscored"}}]}}]}}]} as unknown as DocumentNode<RequestScoringMutation, RequestScoringMutationVariables>;
export const QueueCompositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueComposition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"size"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueComposition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"Variable","name":{"kind":"Name","value":"size"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"activeModelVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"unscored"}},{"kind":"Field","name":{"kind":"Name","value":"byReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStrategy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPredictedPattern"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patchId"}},{"kind":"Field","name":{"kind":"Name","value":"specimenId"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"acquisitionScore"}},{"kind":"Field","name":{"kind":"Name","value":"predictedPattern"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}}]}}]}}]}}]} as unknown as DocumentNode<QueueCompositionQuery, QueueCompositionQueryVariables>;
export const LabelEfficiencyCurveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LabelEfficiencyCurve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelEfficiencyCurve"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelCount"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<LabelEfficiencyCurveQuery, LabelEfficiencyCurveQueryVariables>;
export const ActiveLearningSimulationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActiveLearningSimulations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeLearningSimulations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"oracle"}},{"kind":"Field","name":{"kind":"Name","value":"seeds"}},{"kind":"Field","name":{"kind":"Name","value":"labelTasks"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"labelCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"intensity"}},{"kind":"Field","name":{"kind":"Name","value":"mask"}}]}},{"kind":"Field","name":{"kind":"Name","value":"curves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arm"}},{"kind":"Field","name":{"kind":"Name","value":"testSet"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labels"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"sd"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comparisons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arm"}},{"kind":"Field","name":{"kind":"Name","value":"testSet"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"aucMean"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"seeds"}},{"kind":"Field","name":{"kind":"Name","value":"aucDifference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costRatioMedian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"estimate"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActiveLearningSimulationsQuery, ActiveLearningSimulationsQueryVariables>;
export const DatasetAgreementReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetAgreementReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patches"}},{"kind":"Field","name":{"kind":"Name","value":"doubleLabelShare"}},{"kind":"Field","name":{"kind":"Name","value":"goldPatches"}},{"kind":"Field","name":{"kind":"Name","value":"goldAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"patternKappa"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementEstimateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patternAlpha"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementEstimateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intensityAlpha"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementEstimateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maskDice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementEstimateFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"annotatorScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"vsGold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnotatorScoreSetFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vsConsensus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnnotatorScoreSetFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgreementEstimateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgreementEstimate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistic"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"interval"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnnotatorScoreSetFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnnotatorScoreSet"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"patternAccuracy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementEstimateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patternKappa"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementEstimateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intensityAccuracy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementEstimateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intensityKappa"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementEstimateFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maskDice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgreementEstimateFields"}}]}}]}}]} as unknown as DocumentNode<DatasetAgreementReportQuery, DatasetAgreementReportQueryVariables>;
export const SetGoldPatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetGoldPatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gold"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGoldPatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"gold"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gold"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gold"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SetGoldPatchMutation, SetGoldPatchMutationVariables>;
export const ApprovedPatchesForGoldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovedPatchesForGold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"APPROVED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"gold"}},{"kind":"Field","name":{"kind":"Name","value":"specimen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApprovedPatchesForGoldQuery, ApprovedPatchesForGoldQueryVariables>;
export const ReviewCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewQueueCountsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewQueueCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueProgressFields"}},{"kind":"Field","name":{"kind":"Name","value":"lowAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"activeLeases"}}]}}]} as unknown as DocumentNode<ReviewCountsQuery, ReviewCountsQueryVariables>;
export const ReviewCountsLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReviewCountsLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewQueueCountsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewQueueCountsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueProgressFields"}},{"kind":"Field","name":{"kind":"Name","value":"lowAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"activeLeases"}}]}}]} as unknown as DocumentNode<ReviewCountsLiveSubscription, ReviewCountsLiveSubscriptionVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"submittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"lowAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"contradictsSpecimen"}},{"kind":"Field","name":{"kind":"Name","value":"agreementPattern"}},{"kind":"Field","name":{"kind":"Name","value":"agreementIntensity"}},{"kind":"Field","name":{"kind":"Name","value":"agreementMask"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"specimen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewTaxonomyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewTaxonomy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"agreementThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"annotatorsPerPatch"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DatasetTaxonomyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DatasetTaxonomyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patternClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"shortcut"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intensityLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"shortcut"}}]}}]}}]} as unknown as DocumentNode<ReviewTaxonomyQuery, ReviewTaxonomyQueryVariables>;
export const ReviewItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patchId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"groundTruthMaskUrl"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predictionId"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"maskUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patternProbs"}},{"kind":"Field","name":{"kind":"Name","value":"intensityProbs"}},{"kind":"Field","name":{"kind":"Name","value":"patternClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intensityLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lowAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"contradictsSpecimen"}},{"kind":"Field","name":{"kind":"Name","value":"agreementPattern"}},{"kind":"Field","name":{"kind":"Name","value":"agreementIntensity"}},{"kind":"Field","name":{"kind":"Name","value":"agreementMask"}},{"kind":"Field","name":{"kind":"Name","value":"submittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"acquisitionScore"}},{"kind":"Field","name":{"kind":"Name","value":"acquisitionStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"specimen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"displayUrl"}},{"kind":"Field","name":{"kind":"Name","value":"displayWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisplayWindowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rollup"}},{"kind":"Field","name":{"kind":"Name","value":"patternClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"patchAnnotations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patchId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"maskUrl"}},{"kind":"Field","name":{"kind":"Name","value":"maskArea"}},{"kind":"Field","name":{"kind":"Name","value":"proposalDice"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patternClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intensityLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisplayWindowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisplayWindow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"bitDepth"}},{"kind":"Field","name":{"kind":"Name","value":"saturatedFraction"}},{"kind":"Field","name":{"kind":"Name","value":"zeroFraction"}}]}}]} as unknown as DocumentNode<ReviewItemQuery, ReviewItemQueryVariables>;
export const ApprovePatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovePatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"patchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"annotationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"patchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"patchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"annotationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"annotationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApprovePatchMutation, ApprovePatchMutationVariables>;
export const RejectAnnotationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectAnnotation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"annotationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectAnnotation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"annotationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"annotationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}}]}}]}}]} as unknown as DocumentNode<RejectAnnotationMutation, RejectAnnotationMutationVariables>;
export const EditAndApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditAndApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnotationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromAnnotationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editAndApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromAnnotationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromAnnotationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<EditAndApproveMutation, EditAndApproveMutationVariables>;
export const SpecimenReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpecimenReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specimen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"bitDepth"}},{"kind":"Field","name":{"kind":"Name","value":"displayUrl"}},{"kind":"Field","name":{"kind":"Name","value":"fold"}},{"kind":"Field","name":{"kind":"Name","value":"isValidation"}},{"kind":"Field","name":{"kind":"Name","value":"rollup"}},{"kind":"Field","name":{"kind":"Name","value":"patternClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intensityLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importedTruth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patches"}},{"kind":"Field","name":{"kind":"Name","value":"patternClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intensityLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"patches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedCount"}},{"kind":"Field","name":{"kind":"Name","value":"lowAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"contradictsSpecimen"}},{"kind":"Field","name":{"kind":"Name","value":"agreementPattern"}},{"kind":"Field","name":{"kind":"Name","value":"agreementMask"}}]}}]}}]}}]} as unknown as DocumentNode<SpecimenReviewQuery, SpecimenReviewQueryVariables>;
export const TrainingRunDefaultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingRunDefaults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRunDefaults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRunConfigFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRunConfigFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRunConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"inputSize"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"}},{"kind":"Field","name":{"kind":"Name","value":"epochs"}},{"kind":"Field","name":{"kind":"Name","value":"batchSize"}},{"kind":"Field","name":{"kind":"Name","value":"learningRate"}},{"kind":"Field","name":{"kind":"Name","value":"weighting"}},{"kind":"Field","name":{"kind":"Name","value":"gradNormAlpha"}},{"kind":"Field","name":{"kind":"Name","value":"taskWeightLearningRate"}},{"kind":"Field","name":{"kind":"Name","value":"maskLoss"}},{"kind":"Field","name":{"kind":"Name","value":"augment"}},{"kind":"Field","name":{"kind":"Name","value":"augmentNoise"}},{"kind":"Field","name":{"kind":"Name","value":"inputNormalisation"}},{"kind":"Field","name":{"kind":"Name","value":"inputGain"}},{"kind":"Field","name":{"kind":"Name","value":"classBalance"}},{"kind":"Field","name":{"kind":"Name","value":"patchView"}},{"kind":"Field","name":{"kind":"Name","value":"viewSize"}},{"kind":"Field","name":{"kind":"Name","value":"lrSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"earlyStoppingPatience"}},{"kind":"Field","name":{"kind":"Name","value":"keepBestEpoch"}},{"kind":"Field","name":{"kind":"Name","value":"fromScratch"}},{"kind":"Field","name":{"kind":"Name","value":"weakLabels"}},{"kind":"Field","name":{"kind":"Name","value":"validationFraction"}},{"kind":"Field","name":{"kind":"Name","value":"validationSpecimenIds"}},{"kind":"Field","name":{"kind":"Name","value":"maxTrainSamples"}},{"kind":"Field","name":{"kind":"Name","value":"validateEvery"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointEvery"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"trainThreads"}},{"kind":"Field","name":{"kind":"Name","value":"autoPromote"}}]}}]} as unknown as DocumentNode<TrainingRunDefaultsQuery, TrainingRunDefaultsQueryVariables>;
export const TrainingRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRunFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRunConfigFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRunConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"inputSize"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"}},{"kind":"Field","name":{"kind":"Name","value":"epochs"}},{"kind":"Field","name":{"kind":"Name","value":"batchSize"}},{"kind":"Field","name":{"kind":"Name","value":"learningRate"}},{"kind":"Field","name":{"kind":"Name","value":"weighting"}},{"kind":"Field","name":{"kind":"Name","value":"gradNormAlpha"}},{"kind":"Field","name":{"kind":"Name","value":"taskWeightLearningRate"}},{"kind":"Field","name":{"kind":"Name","value":"maskLoss"}},{"kind":"Field","name":{"kind":"Name","value":"augment"}},{"kind":"Field","name":{"kind":"Name","value":"augmentNoise"}},{"kind":"Field","name":{"kind":"Name","value":"inputNormalisation"}},{"kind":"Field","name":{"kind":"Name","value":"inputGain"}},{"kind":"Field","name":{"kind":"Name","value":"classBalance"}},{"kind":"Field","name":{"kind":"Name","value":"patchView"}},{"kind":"Field","name":{"kind":"Name","value":"viewSize"}},{"kind":"Field","name":{"kind":"Name","value":"lrSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"earlyStoppingPatience"}},{"kind":"Field","name":{"kind":"Name","value":"keepBestEpoch"}},{"kind":"Field","name":{"kind":"Name","value":"fromScratch"}},{"kind":"Field","name":{"kind":"Name","value":"weakLabels"}},{"kind":"Field","name":{"kind":"Name","value":"validationFraction"}},{"kind":"Field","name":{"kind":"Name","value":"validationSpecimenIds"}},{"kind":"Field","name":{"kind":"Name","value":"maxTrainSamples"}},{"kind":"Field","name":{"kind":"Name","value":"validateEvery"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointEvery"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"trainThreads"}},{"kind":"Field","name":{"kind":"Name","value":"autoPromote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRunConfigFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"cancelRequested"}},{"kind":"Field","name":{"kind":"Name","value":"labelCount"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TrainingRunsQuery, TrainingRunsQueryVariables>;
export const TrainingRunDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingRunDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRunFields"}},{"kind":"Field","name":{"kind":"Name","value":"epochs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"epoch"}},{"kind":"Field","name":{"kind":"Name","value":"losses"}},{"kind":"Field","name":{"kind":"Name","value":"taskWeights"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}},{"kind":"Field","name":{"kind":"Name","value":"validation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"loss"}},{"kind":"Field","name":{"kind":"Name","value":"dice"}},{"kind":"Field","name":{"kind":"Name","value":"patternAccuracy"}},{"kind":"Field","name":{"kind":"Name","value":"intensityAccuracy"}},{"kind":"Field","name":{"kind":"Name","value":"patches"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRunConfigFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRunConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"inputSize"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"}},{"kind":"Field","name":{"kind":"Name","value":"epochs"}},{"kind":"Field","name":{"kind":"Name","value":"batchSize"}},{"kind":"Field","name":{"kind":"Name","value":"learningRate"}},{"kind":"Field","name":{"kind":"Name","value":"weighting"}},{"kind":"Field","name":{"kind":"Name","value":"gradNormAlpha"}},{"kind":"Field","name":{"kind":"Name","value":"taskWeightLearningRate"}},{"kind":"Field","name":{"kind":"Name","value":"maskLoss"}},{"kind":"Field","name":{"kind":"Name","value":"augment"}},{"kind":"Field","name":{"kind":"Name","value":"augmentNoise"}},{"kind":"Field","name":{"kind":"Name","value":"inputNormalisation"}},{"kind":"Field","name":{"kind":"Name","value":"inputGain"}},{"kind":"Field","name":{"kind":"Name","value":"classBalance"}},{"kind":"Field","name":{"kind":"Name","value":"patchView"}},{"kind":"Field","name":{"kind":"Name","value":"viewSize"}},{"kind":"Field","name":{"kind":"Name","value":"lrSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"earlyStoppingPatience"}},{"kind":"Field","name":{"kind":"Name","value":"keepBestEpoch"}},{"kind":"Field","name":{"kind":"Name","value":"fromScratch"}},{"kind":"Field","name":{"kind":"Name","value":"weakLabels"}},{"kind":"Field","name":{"kind":"Name","value":"validationFraction"}},{"kind":"Field","name":{"kind":"Name","value":"validationSpecimenIds"}},{"kind":"Field","name":{"kind":"Name","value":"maxTrainSamples"}},{"kind":"Field","name":{"kind":"Name","value":"validateEvery"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointEvery"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"trainThreads"}},{"kind":"Field","name":{"kind":"Name","value":"autoPromote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRunConfigFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"cancelRequested"}},{"kind":"Field","name":{"kind":"Name","value":"labelCount"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TrainingRunDetailQuery, TrainingRunDetailQueryVariables>;
export const TrainingRunUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"TrainingRunUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingRunUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRunConfigFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRunConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"inputSize"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"}},{"kind":"Field","name":{"kind":"Name","value":"epochs"}},{"kind":"Field","name":{"kind":"Name","value":"batchSize"}},{"kind":"Field","name":{"kind":"Name","value":"learningRate"}},{"kind":"Field","name":{"kind":"Name","value":"weighting"}},{"kind":"Field","name":{"kind":"Name","value":"gradNormAlpha"}},{"kind":"Field","name":{"kind":"Name","value":"taskWeightLearningRate"}},{"kind":"Field","name":{"kind":"Name","value":"maskLoss"}},{"kind":"Field","name":{"kind":"Name","value":"augment"}},{"kind":"Field","name":{"kind":"Name","value":"augmentNoise"}},{"kind":"Field","name":{"kind":"Name","value":"inputNormalisation"}},{"kind":"Field","name":{"kind":"Name","value":"inputGain"}},{"kind":"Field","name":{"kind":"Name","value":"classBalance"}},{"kind":"Field","name":{"kind":"Name","value":"patchView"}},{"kind":"Field","name":{"kind":"Name","value":"viewSize"}},{"kind":"Field","name":{"kind":"Name","value":"lrSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"earlyStoppingPatience"}},{"kind":"Field","name":{"kind":"Name","value":"keepBestEpoch"}},{"kind":"Field","name":{"kind":"Name","value":"fromScratch"}},{"kind":"Field","name":{"kind":"Name","value":"weakLabels"}},{"kind":"Field","name":{"kind":"Name","value":"validationFraction"}},{"kind":"Field","name":{"kind":"Name","value":"validationSpecimenIds"}},{"kind":"Field","name":{"kind":"Name","value":"maxTrainSamples"}},{"kind":"Field","name":{"kind":"Name","value":"validateEvery"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointEvery"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"trainThreads"}},{"kind":"Field","name":{"kind":"Name","value":"autoPromote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRunConfigFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"cancelRequested"}},{"kind":"Field","name":{"kind":"Name","value":"labelCount"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TrainingRunUpdatedSubscription, TrainingRunUpdatedSubscriptionVariables>;
export const TriggerTrainingRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TriggerTrainingRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"config"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRunConfigInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"force"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"belowMinimum"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"triggerTrainingRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"config"},"value":{"kind":"Variable","name":{"kind":"Name","value":"config"}}},{"kind":"Argument","name":{"kind":"Name","value":"force"},"value":{"kind":"Variable","name":{"kind":"Name","value":"force"}}},{"kind":"Argument","name":{"kind":"Name","value":"belowMinimum"},"value":{"kind":"Variable","name":{"kind":"Name","value":"belowMinimum"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRunConfigFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRunConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"inputSize"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"}},{"kind":"Field","name":{"kind":"Name","value":"epochs"}},{"kind":"Field","name":{"kind":"Name","value":"batchSize"}},{"kind":"Field","name":{"kind":"Name","value":"learningRate"}},{"kind":"Field","name":{"kind":"Name","value":"weighting"}},{"kind":"Field","name":{"kind":"Name","value":"gradNormAlpha"}},{"kind":"Field","name":{"kind":"Name","value":"taskWeightLearningRate"}},{"kind":"Field","name":{"kind":"Name","value":"maskLoss"}},{"kind":"Field","name":{"kind":"Name","value":"augment"}},{"kind":"Field","name":{"kind":"Name","value":"augmentNoise"}},{"kind":"Field","name":{"kind":"Name","value":"inputNormalisation"}},{"kind":"Field","name":{"kind":"Name","value":"inputGain"}},{"kind":"Field","name":{"kind":"Name","value":"classBalance"}},{"kind":"Field","name":{"kind":"Name","value":"patchView"}},{"kind":"Field","name":{"kind":"Name","value":"viewSize"}},{"kind":"Field","name":{"kind":"Name","value":"lrSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"earlyStoppingPatience"}},{"kind":"Field","name":{"kind":"Name","value":"keepBestEpoch"}},{"kind":"Field","name":{"kind":"Name","value":"fromScratch"}},{"kind":"Field","name":{"kind":"Name","value":"weakLabels"}},{"kind":"Field","name":{"kind":"Name","value":"validationFraction"}},{"kind":"Field","name":{"kind":"Name","value":"validationSpecimenIds"}},{"kind":"Field","name":{"kind":"Name","value":"maxTrainSamples"}},{"kind":"Field","name":{"kind":"Name","value":"validateEvery"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointEvery"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"trainThreads"}},{"kind":"Field","name":{"kind":"Name","value":"autoPromote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRunConfigFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"cancelRequested"}},{"kind":"Field","name":{"kind":"Name","value":"labelCount"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TriggerTrainingRunMutation, TriggerTrainingRunMutationVariables>;
export const CancelTrainingRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelTrainingRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTrainingRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRunConfigFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRunConfig"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"variant"}},{"kind":"Field","name":{"kind":"Name","value":"inputSize"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"blocks"}},{"kind":"Field","name":{"kind":"Name","value":"epochs"}},{"kind":"Field","name":{"kind":"Name","value":"batchSize"}},{"kind":"Field","name":{"kind":"Name","value":"learningRate"}},{"kind":"Field","name":{"kind":"Name","value":"weighting"}},{"kind":"Field","name":{"kind":"Name","value":"gradNormAlpha"}},{"kind":"Field","name":{"kind":"Name","value":"taskWeightLearningRate"}},{"kind":"Field","name":{"kind":"Name","value":"maskLoss"}},{"kind":"Field","name":{"kind":"Name","value":"augment"}},{"kind":"Field","name":{"kind":"Name","value":"augmentNoise"}},{"kind":"Field","name":{"kind":"Name","value":"inputNormalisation"}},{"kind":"Field","name":{"kind":"Name","value":"inputGain"}},{"kind":"Field","name":{"kind":"Name","value":"classBalance"}},{"kind":"Field","name":{"kind":"Name","value":"patchView"}},{"kind":"Field","name":{"kind":"Name","value":"viewSize"}},{"kind":"Field","name":{"kind":"Name","value":"lrSchedule"}},{"kind":"Field","name":{"kind":"Name","value":"earlyStoppingPatience"}},{"kind":"Field","name":{"kind":"Name","value":"keepBestEpoch"}},{"kind":"Field","name":{"kind":"Name","value":"fromScratch"}},{"kind":"Field","name":{"kind":"Name","value":"weakLabels"}},{"kind":"Field","name":{"kind":"Name","value":"validationFraction"}},{"kind":"Field","name":{"kind":"Name","value":"validationSpecimenIds"}},{"kind":"Field","name":{"kind":"Name","value":"maxTrainSamples"}},{"kind":"Field","name":{"kind":"Name","value":"validateEvery"}},{"kind":"Field","name":{"kind":"Name","value":"checkpointEvery"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"trainThreads"}},{"kind":"Field","name":{"kind":"Name","value":"autoPromote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"config"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRunConfigFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"cancelRequested"}},{"kind":"Field","name":{"kind":"Name","value":"labelCount"}},{"kind":"Field","name":{"kind":"Name","value":"environment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"heartbeatAt"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelTrainingRunMutation, CancelTrainingRunMutationVariables>;
export const ModelVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelVersions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"patternClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intensityLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"labelCount"}},{"kind":"Field","name":{"kind":"Name","value":"parameterCount"}},{"kind":"Field","name":{"kind":"Name","value":"artifactBytes"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"}},{"kind":"Field","name":{"kind":"Name","value":"calibration"}},{"kind":"Field","name":{"kind":"Name","value":"promotion"}},{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRunId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"promotedAt"}}]}}]} as unknown as DocumentNode<ModelVersionsQuery, ModelVersionsQueryVariables>;
export const PromoteModelVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PromoteModelVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promoteModelVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"labelCount"}},{"kind":"Field","name":{"kind":"Name","value":"parameterCount"}},{"kind":"Field","name":{"kind":"Name","value":"artifactBytes"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"}},{"kind":"Field","name":{"kind":"Name","value":"calibration"}},{"kind":"Field","name":{"kind":"Name","value":"promotion"}},{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRunId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"promotedAt"}}]}}]} as unknown as DocumentNode<PromoteModelVersionMutation, PromoteModelVersionMutationVariables>;
export const RollbackModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RollbackModel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollbackModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ModelVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ModelVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"labelCount"}},{"kind":"Field","name":{"kind":"Name","value":"parameterCount"}},{"kind":"Field","name":{"kind":"Name","value":"artifactBytes"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"}},{"kind":"Field","name":{"kind":"Name","value":"calibration"}},{"kind":"Field","name":{"kind":"Name","value":"promotion"}},{"kind":"Field","name":{"kind":"Name","value":"architecture"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRunId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"promotedAt"}}]}}]} as unknown as DocumentNode<RollbackModelMutation, RollbackModelMutationVariables>;
export const ModelCalibrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelCalibration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelVersionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calibration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"modelVersionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelVersionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modelVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"fittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"validationPatches"}},{"kind":"Field","name":{"kind":"Name","value":"mcSamples"}},{"kind":"Field","name":{"kind":"Name","value":"dropoutMode"}},{"kind":"Field","name":{"kind":"Name","value":"split"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupedBy"}},{"kind":"Field","name":{"kind":"Name","value":"fitPatches"}},{"kind":"Field","name":{"kind":"Name","value":"heldOutPatches"}},{"kind":"Field","name":{"kind":"Name","value":"fitSpecimens"}},{"kind":"Field","name":{"kind":"Name","value":"heldOutSpecimens"}}]}},{"kind":"Field","name":{"kind":"Name","value":"heads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"head"}},{"kind":"Field","name":{"kind":"Name","value":"temperature"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"heldOutSamples"}},{"kind":"Field","name":{"kind":"Name","value":"eceBefore"}},{"kind":"Field","name":{"kind":"Name","value":"eceAfter"}},{"kind":"Field","name":{"kind":"Name","value":"nllBefore"}},{"kind":"Field","name":{"kind":"Name","value":"nllAfter"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReliabilityBinFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReliabilityBinFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReliabilityBinFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReliabilityBin"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lo"}},{"kind":"Field","name":{"kind":"Name","value":"hi"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"accuracy"}}]}}]} as unknown as DocumentNode<ModelCalibrationQuery, ModelCalibrationQueryVariables>;
export const TrainingReadinessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingReadiness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patchSize"}},{"kind":"Field","name":{"kind":"Name","value":"trainingReadiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"curatedLabels"}},{"kind":"Field","name":{"kind":"Name","value":"curatedSpecimens"}},{"kind":"Field","name":{"kind":"Name","value":"validationSpecimens"}},{"kind":"Field","name":{"kind":"Name","value":"validationLabels"}},{"kind":"Field","name":{"kind":"Name","value":"minimumLabels"}},{"kind":"Field","name":{"kind":"Name","value":"minimumSpecimens"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingReadinessQuery, TrainingReadinessQueryVariables>;
export const WebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"secretPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveryAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"failedDeliveries"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"responseBody"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"secretPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveryAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"failedDeliveries"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const UpdateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"secretPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveryAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"failedDeliveries"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const RotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"secretPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveryAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastDeliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"failedDeliveries"}},{"kind":"Field","name":{"kind":"Name","value":"dataset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const DeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const PingWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PingWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pingWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"responseBody"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]} as unknown as DocumentNode<PingWebhookMutation, PingWebhookMutationVariables>;
export const RedeliverWebhookDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"responseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"responseBody"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]} as unknown as DocumentNode<RedeliverWebhookDeliveryMutation, RedeliverWebhookDeliveryMutationVariables>;
export const AnnotatorHomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnotatorHome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"datasets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"patchSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myReturnedWork"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"patch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"specimen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"patternClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<AnnotatorHomeQuery, AnnotatorHomeQueryVariables>;
export const DatasetQueueCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatasetQueueCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueProgressFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QueueCounts"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}}]}}]} as unknown as DocumentNode<DatasetQueueCountsQuery, DatasetQueueCountsQueryVariables>;
export const MyAnnotationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAnnotations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnotationStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAnnotations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"maskArea"}},{"kind":"Field","name":{"kind":"Name","value":"proposalDice"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"patternClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intensityLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"patch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"specimen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyAnnotationsQuery, MyAnnotationsQueryVariables>;
export const MyThroughputDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyThroughput"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myThroughput"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"}},{"kind":"Field","name":{"kind":"Name","value":"medianSecondsPerPatch"}},{"kind":"Field","name":{"kind":"Name","value":"submissionsPerHour"}},{"kind":"Field","name":{"kind":"Name","value":"reviewed"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"meanProposalDice"}},{"kind":"Field","name":{"kind":"Name","value":"meanReviewDice"}},{"kind":"Field","name":{"kind":"Name","value":"daily"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}}]}}]}}]}}]} as unknown as DocumentNode<MyThroughputQuery, MyThroughputQueryVariables>;
export const ClaimNextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimNext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimNext"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisplayWindowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisplayWindow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"bitDepth"}},{"kind":"Field","name":{"kind":"Name","value":"saturatedFraction"}},{"kind":"Field","name":{"kind":"Name","value":"zeroFraction"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkPatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"padded"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"acquisitionScore"}},{"kind":"Field","name":{"kind":"Name","value":"acquisitionStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"specimen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"bitDepth"}},{"kind":"Field","name":{"kind":"Name","value":"displayUrl"}},{"kind":"Field","name":{"kind":"Name","value":"displayWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisplayWindowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predictionId"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"maskUrl"}},{"kind":"Field","name":{"kind":"Name","value":"maskProbabilityUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patternProbs"}},{"kind":"Field","name":{"kind":"Name","value":"intensityProbs"}},{"kind":"Field","name":{"kind":"Name","value":"patternEntropy"}},{"kind":"Field","name":{"kind":"Name","value":"intensityEntropy"}},{"kind":"Field","name":{"kind":"Name","value":"maskEntropy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patchId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"patch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkPatchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"maskUrl"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"patternClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intensityLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ClaimNextMutation, ClaimNextMutationVariables>;
export const HeartbeatDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Heartbeat"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leaseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heartbeat"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leaseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<HeartbeatMutation, HeartbeatMutationVariables>;
export const SaveDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnotationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SaveDraftMutation, SaveDraftMutationVariables>;
export const SkipPatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SkipPatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leaseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"skipPatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"leaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leaseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}}]}}]} as unknown as DocumentNode<SkipPatchMutation, SkipPatchMutationVariables>;
export const LabelingDatasetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LabelingDataset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"intensityMode"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DatasetTaxonomyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DatasetTaxonomyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dataset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"patternClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"color"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"shortcut"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intensityLevels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"shortcut"}}]}}]}}]} as unknown as DocumentNode<LabelingDatasetQuery, LabelingDatasetQueryVariables>;
export const UpcomingPatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UpcomingPatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upcomingPatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"patch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkPatchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisplayWindowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisplayWindow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"bitDepth"}},{"kind":"Field","name":{"kind":"Name","value":"saturatedFraction"}},{"kind":"Field","name":{"kind":"Name","value":"zeroFraction"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkPatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"padded"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"acquisitionScore"}},{"kind":"Field","name":{"kind":"Name","value":"acquisitionStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"specimen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"bitDepth"}},{"kind":"Field","name":{"kind":"Name","value":"displayUrl"}},{"kind":"Field","name":{"kind":"Name","value":"displayWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisplayWindowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predictionId"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"maskUrl"}},{"kind":"Field","name":{"kind":"Name","value":"maskProbabilityUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patternProbs"}},{"kind":"Field","name":{"kind":"Name","value":"intensityProbs"}},{"kind":"Field","name":{"kind":"Name","value":"patternEntropy"}},{"kind":"Field","name":{"kind":"Name","value":"intensityEntropy"}},{"kind":"Field","name":{"kind":"Name","value":"maskEntropy"}}]}}]} as unknown as DocumentNode<UpcomingPatchesQuery, UpcomingPatchesQueryVariables>;
export const SubmitAndClaimNextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAndClaimNext"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnotationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAnnotation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimNext"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"datasetId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"datasetId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkItemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DisplayWindowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DisplayWindow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"bitDepth"}},{"kind":"Field","name":{"kind":"Name","value":"saturatedFraction"}},{"kind":"Field","name":{"kind":"Name","value":"zeroFraction"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkPatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Patch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"datasetId"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"padded"}},{"kind":"Field","name":{"kind":"Name","value":"imageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"acquisitionScore"}},{"kind":"Field","name":{"kind":"Name","value":"acquisitionStrategy"}},{"kind":"Field","name":{"kind":"Name","value":"specimen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}},{"kind":"Field","name":{"kind":"Name","value":"bitDepth"}},{"kind":"Field","name":{"kind":"Name","value":"displayUrl"}},{"kind":"Field","name":{"kind":"Name","value":"displayWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DisplayWindowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"predictionId"}},{"kind":"Field","name":{"kind":"Name","value":"modelVersionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"maskUrl"}},{"kind":"Field","name":{"kind":"Name","value":"maskProbabilityUrl"}},{"kind":"Field","name":{"kind":"Name","value":"patternProbs"}},{"kind":"Field","name":{"kind":"Name","value":"intensityProbs"}},{"kind":"Field","name":{"kind":"Name","value":"patternEntropy"}},{"kind":"Field","name":{"kind":"Name","value":"intensityEntropy"}},{"kind":"Field","name":{"kind":"Name","value":"maskEntropy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"patchId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"patch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkPatchFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"draft"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"maskUrl"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"patternClass"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"intensityLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitAndClaimNextMutation, SubmitAndClaimNextMutationVariables>;