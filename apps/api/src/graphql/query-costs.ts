import { type GraphQLField, type GraphQLSchema, isObjectType } from 'graphql';

/**
 * What each field costs, in one table, for the cost limit (query-limits.ts) over HTTP and graphql-ws
 * alike. A field not listed costs 0: it reads the row its parent already loaded. Every root field,
 * every field whose resolver uses the request context (database, object store, memo) and every
 * paginated field must be listed: test/query-costs.test.ts fails on one that is not, so a new field
 * cannot come in free.
 */
export interface FieldCost {
  /** What resolving the field once costs. */
  cost: number;
  /**
   * For a list: how many items it returns when no size argument says (`first`, `last`, `limit`,
   * `size`); each item costs ITEM plus its selection. Unset: 50 for a paginated field, else 1.
   */
  items?: number;
  /** The most items a size argument can ask for (the resolver's own cap); default 200. */
  maxItems?: number;
}

/** Computed from what the parent loaded, or a URL signed in-process (an HMAC, no round trip). */
const FREE = 0;
/** Each item of a list: a row read, mapped and serialised. */
export const ITEM = 4;
/** A lookup batched with the others of the request (a loader), or the viewer resolved already. */
const BATCHED = 2;
/** One indexed database query. */
const QUERY = 5;
/**
 * A query per parent, not batched: in a list of 200 that is 200 queries, pipelined onto the shared
 * pool ahead of every other request's (bench:abuse measured a 600-item request at ~1.2 s and the
 * annotators' claims behind it at seconds when this was priced as one QUERY).
 */
const PER_PARENT = 20;
/** A round trip to the object store. */
const STORE = 25;
/** A state change: a transaction, an audit row, an event. */
const WRITE = 20;
/** Aggregates over a dataset's rows (counts, agreement, throughput): scans, not lookups. */
const AGGREGATE = 50;
/** Work on images or files in the object store (display renditions, exports, report files). */
const STORE_WORK = 200;
/** An Argon2id password hash: tens of ms of CPU and 19 MiB, by design; the costliest public work. */
const PASSWORD = 500;

const at = (cost: number, items?: number, maxItems?: number): FieldCost => ({ cost, items, maxItems });

const ROOT_QUERIES: Record<string, FieldCost> = {
  // public: `health` runs a database and a store check, cached for a second and shared by every alias
  // (health.service.ts); priced as the store round trip it may be all the same
  'Query.health': at(STORE),
  'Query.viewer': at(BATCHED),
  'Query.acquisitionSettings': at(QUERY),
  // one indexed read of stored JSON rows, parsed in process; `limit` caps it at 20
  'Query.activeLearningSimulations': at(QUERY, 1, 20),
  'Query.activeModelVersion': at(QUERY),
  'Query.trainingRunDefaults': at(QUERY),
  'Query.annotation': at(QUERY),
  'Query.annotatorAgreement': at(AGGREGATE * 4, 20),
  // two scans and a bootstrap (1,000 resamples) per annotator and figure, in process
  'Query.annotatorScores': at(AGGREGATE * 4, 20),
  'Query.annotatorThroughput': at(AGGREGATE * 4, 20),
  'Query.auditLog': at(QUERY),
  'Query.calibration': at(AGGREGATE),
  'Query.dataset': at(QUERY),
  'Query.datasetAgreement': at(AGGREGATE * 4),
  'Query.datasets': at(QUERY, 10),
  'Query.experiment': at(QUERY),
  'Query.experimentReport': at(STORE_WORK, 10),
  'Query.experiments': at(QUERY, 10),
  // the registry, in memory
  'Query.exportFormats': at(FREE, 10),
  'Query.exportJob': at(QUERY),
  'Query.exportJobs': at(QUERY),
  'Query.importJob': at(QUERY),
  'Query.importJobs': at(QUERY, 50),
  'Query.labelEfficiencyCurve': at(AGGREGATE, 5),
  'Query.modelVersions': at(QUERY, 20),
  'Query.myAnnotations': at(QUERY),
  'Query.myApiTokens': at(QUERY, 10),
  'Query.myReturnedWork': at(QUERY, 20),
  'Query.myThroughput': at(AGGREGATE),
  'Query.patch': at(QUERY),
  'Query.patchAnnotations': at(QUERY, 5),
  'Query.patches': at(QUERY),
  'Query.presence': at(QUERY, 20),
  'Query.queueComposition': at(AGGREGATE, 50, 1000),
  'Query.queueCounts': at(AGGREGATE),
  'Query.reviewQueue': at(QUERY * 2),
  'Query.specimen': at(QUERY),
  'Query.trainingRun': at(QUERY),
  'Query.trainingRuns': at(QUERY),
  'Query.upcomingPatches': at(QUERY * 2, 2, 20),
  'Query.users': at(QUERY),
  'Query.webhook': at(QUERY),
  'Query.webhooks': at(QUERY, 10),
  // introspection: CPU only, but the whole schema: bench:abuse measured ~37 ms per alias of a
  // types-and-fields query, so two per request at the default limit (off in production anyway)
  'Query.__schema': at(5000),
  'Query.__type': at(BATCHED),
};

const ROOT_MUTATIONS: Record<string, FieldCost> = {
  // public, and the one field that costs CPU by design: ten per request at the default limit
  'Mutation.signIn': at(PASSWORD),
  'Mutation.changePassword': at(PASSWORD * 2),
  'Mutation.createUser': at(PASSWORD),
  'Mutation.signOut': at(WRITE),
  'Mutation.approvePatch': at(WRITE),
  'Mutation.cancelTrainingRun': at(WRITE),
  'Mutation.claimNext': at(WRITE * 2),
  'Mutation.completeSpecimenUpload': at(STORE_WORK),
  'Mutation.createApiToken': at(WRITE),
  'Mutation.createDataset': at(WRITE),
  'Mutation.createExperiment': at(WRITE * 2),
  'Mutation.createWebhook': at(WRITE),
  'Mutation.deleteWebhook': at(WRITE),
  'Mutation.editAndApprove': at(WRITE * 2),
  'Mutation.heartbeat': at(WRITE),
  'Mutation.pingWebhook': at(WRITE),
  'Mutation.promoteModelVersion': at(WRITE),
  'Mutation.redeliverWebhookDelivery': at(WRITE),
  'Mutation.refreshSpecimenRollup': at(AGGREGATE),
  'Mutation.rejectAnnotation': at(WRITE),
  'Mutation.setGoldPatch': at(WRITE),
  'Mutation.releaseLease': at(WRITE),
  'Mutation.leaveLease': at(WRITE),
  'Mutation.requestArchiveUpload': at(WRITE),
  'Mutation.requestScoring': at(WRITE),
  'Mutation.requestSpecimenUpload': at(WRITE),
  'Mutation.requeueFailedExperimentRuns': at(WRITE * 2),
  'Mutation.revokeApiToken': at(WRITE),
  'Mutation.rollbackModel': at(WRITE),
  'Mutation.rotateWebhookSecret': at(WRITE),
  'Mutation.saveDraft': at(WRITE + STORE),
  'Mutation.skipPatch': at(WRITE),
  'Mutation.startArchiveImport': at(STORE_WORK),
  // the archive is made in the background: the request writes a row and queues it
  'Mutation.startExport': at(WRITE * 2),
  'Mutation.startImport': at(STORE_WORK),
  'Mutation.submitAnnotation': at(WRITE + STORE),
  'Mutation.sweepExpiredLeases': at(AGGREGATE),
  'Mutation.triggerTrainingRun': at(WRITE * 2),
  'Mutation.updateAcquisitionSettings': at(WRITE),
  'Mutation.updateDatasetSettings': at(WRITE),
  'Mutation.updateUser': at(WRITE),
  'Mutation.updateWebhook': at(WRITE),
};

/** A subscription's selection runs on every event: priced as the query that event resolves. */
const ROOT_SUBSCRIPTIONS: Record<string, FieldCost> = {
  'Subscription.auditAppended': at(QUERY),
  'Subscription.exportProgress': at(QUERY),
  'Subscription.importProgress': at(QUERY),
  'Subscription.myReturnedWork': at(QUERY),
  'Subscription.patchReviewed': at(QUERY),
  'Subscription.presence': at(QUERY, 20),
  'Subscription.queueCounts': at(AGGREGATE),
  'Subscription.trainingRunUpdated': at(QUERY),
};

/** Object fields resolved by their own query or store call (or listed as free on purpose). */
const OBJECT_FIELDS: Record<string, FieldCost> = {
  'Annotation.intensityLevel': at(BATCHED),
  'Annotation.patternClass': at(BATCHED),
  'Annotation.maskUrl': at(BATCHED),
  'AnnotationRevision.maskUrl': at(BATCHED),
  'Annotation.patch': at(BATCHED),
  'Annotation.revisions': at(QUERY, 5),
  'Dataset.intensityLevels': at(QUERY, 5),
  'Dataset.patternClasses': at(QUERY, 10),
  'Dataset.specimens': at(QUERY),
  'Dataset.stats': at(AGGREGATE),
  'Dataset.trainingReadiness': at(AGGREGATE),
  'Experiment.runs': at(QUERY, 20),
  // signed in-process
  'ExportJob.downloadUrl': at(FREE),
  'ModelProposal.intensityLevel': at(PER_PARENT),
  'ModelProposal.patternClass': at(PER_PARENT),
  'ModelProposal.maskProbabilityUrl': at(FREE),
  'ModelProposal.maskUrl': at(FREE),
  // blind to annotators: what the parent row holds, read against the viewer
  'Patch.status': at(FREE),
  'Patch.submittedCount': at(FREE),
  'Patch.groundTruthMaskUrl': at(FREE),
  'Patch.imageUrl': at(FREE),
  'Patch.proposal': at(PER_PARENT),
  'Patch.specimen': at(BATCHED),
  // a display rendition: read (and on first use rendered) from the object store
  'Specimen.displayUrl': at(STORE_WORK),
  'Specimen.displayWindow': at(STORE_WORK),
  'Specimen.imageUrl': at(FREE),
  'Specimen.maskUrl': at(FREE),
  'Specimen.importedTruth': at(AGGREGATE),
  'Specimen.intensityLevel': at(BATCHED),
  'Specimen.patternClass': at(BATCHED),
  'Specimen.patches': at(QUERY, 50),
  'SpecimenImportedTruth.intensityLevel': at(PER_PARENT),
  'SpecimenImportedTruth.patternClass': at(PER_PARENT),
  'TrainingRun.epochs': at(QUERY, 50),
  'TrainingRun.modelVersion': at(PER_PARENT),
  'Webhook.dataset': at(PER_PARENT),
  'Webhook.deliveries': at(QUERY),
  'Webhook.failedDeliveries': at(PER_PARENT),
  'Webhook.lastDeliveryAt': at(PER_PARENT),
  'Webhook.lastDeliveryStatus': at(PER_PARENT),
};

export const FIELD_COSTS: Readonly<Record<string, FieldCost>> = {
  ...ROOT_QUERIES,
  ...ROOT_MUTATIONS,
  ...ROOT_SUBSCRIPTIONS,
  ...OBJECT_FIELDS,
};

export const costOfField = (typeName: string, fieldName: string): FieldCost | undefined =>
  FIELD_COSTS[`${typeName}.${fieldName}`];

/** The resolver Pothos was given (it wraps it for auth; the original shows what it uses). */
function originalResolver(
  field: GraphQLField<unknown, unknown>,
): ((...args: unknown[]) => unknown) | undefined {
  const options = field.extensions?.pothosOptions as
    | { resolve?: (...args: unknown[]) => unknown }
    | undefined;
  return options?.resolve;
}

const isPaginated = (field: GraphQLField<unknown, unknown>) =>
  field.args.some((arg) => arg.name === 'first' || arg.name === 'last');

/**
 * Fields that must have a table entry: root fields, paginated fields, and fields whose resolver
 * takes the request context (the third argument: database, object store, memo).
 */
export function fieldsThatNeedACost(schema: GraphQLSchema): string[] {
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].map((t) => t?.name),
  );
  const names: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolver = originalResolver(field);
      const usesContext = !!resolver && resolver.length >= 3;
      if (roots.has(type.name) || isPaginated(field) || usesContext) names.push(`${type.name}.${field.name}`);
    }
  }
  return names;
}
