/**
 * The whole journey of a lab through the GraphQL API alone (plus the presigned URLs it hands out):
 * import -> label -> review (reject, fix, approve) -> train -> promote -> score -> active queue ->
 * export. Used by `npm run journey:api` and test/system/journey-api.test.ts; a lab automating the
 * platform can read it as a worked example. Every step checks what it relies on and throws with
 * the step's name, so a run that returns is a run that worked.
 */
import { randomUUID } from 'node:crypto';
import { readZip } from '@hep2/catalog';
import { writeDatasetFolder } from '@hep2/data';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export const JOURNEY_PATCH = 128;
/** Six 256 px specimens of three patterns, cut into 128 px patches: 24 patches. */
export async function writeJourneyDataset(dir: string) {
  return writeDatasetFolder(
    dir,
    {
      seed: 'journey',
      specimens: 6,
      width: 256,
      height: 256,
      patterns: ['homogeneous', 'speckled', 'centromere'],
      idPrefix: 'journey',
    },
    { layout: 'seed-csv' },
  );
}

/** Fast trainer cadences for a throw-away platform. */
export const JOURNEY_TRAINER_ENV = {
  TRAINER_BACKENDS: 'tfjs-node,wasm,cpu',
  TRAINER_DISPATCH_SECONDS: '0.5',
  TRAINER_POLL_SECONDS: '0.5',
  TRAINER_HEARTBEAT_SECONDS: '1',
  RUN_HEARTBEAT_TIMEOUT_SECONDS: '60',
};

export interface JourneyOptions {
  /** Base URL of the API (or of the web app, which proxies /graphql), e.g. http://127.0.0.1:4000 */
  apiUrl: string;
  admin: { email: string; password: string };
  /** A folder on the API server holding an import layout (see @hep2/data writeDatasetFolder). */
  serverPath: string;
  /** Patch edge the dataset is created with (the generated specimens are cut into these). */
  patchSize: number;
  /** Patches each of the two annotators labels. */
  patchesPerAnnotator?: number;
  /** Settings of the training run (kept tiny in tests). */
  trainingConfig?: Record<string, unknown>;
  trainingTimeoutMs?: number;
  scoringTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface JourneyReport {
  datasetId: string;
  importedSpecimens: number;
  patches: number;
  labelled: { patchId: string; annotator: 'A' | 'B'; pattern: string; name: string }[];
  rejected: { patchId: string; name: string; firstPattern: string; fixedPattern: string; maskArea: number };
  approved: number;
  training: {
    runId: string;
    status: string;
    statuses: string[];
    epochs: number;
    modelVersionId: string;
    promotedBy: 'rule' | 'admin';
  };
  scoring:
    | {
        available: true;
        scored: number;
        claimedPatchId: string;
        claimedScore: number | null;
        claimedPriority: number;
        headPatchId: string;
        headPriority: number;
        maxQueuedScore: number | null;
        proposalModelVersionId: string | null;
        proposalMaskBytes: number;
      }
    | { available: false; missing: string };
  exports: {
    coco: {
      images: number;
      annotations: number;
      fixed: { category: string | null; area: number } | null;
      names: string[];
    };
    seedCsv: { rows: string[][]; fixedRow: string[] | null };
  };
  timings: Record<string, number>;
}

interface GqlError {
  message: string;
  extensions?: { code?: string };
}

class JourneyError extends Error {}

const DEFAULT_TRAINING = {
  variant: 'LITE',
  inputSize: 32,
  width: 4,
  blocks: [1, 1, 1],
  epochs: 2,
  batchSize: 8,
  augment: false,
  weakLabels: true,
  autoPromote: true,
  fromScratch: true,
};

/** A w x h mask as COCO uncompressed RLE (column-major, background first): a centred disc. */
export function discRle(width: number, height: number, radius: number) {
  const counts: number[] = [];
  let current = 0;
  let run = 0;
  let area = 0;
  for (let x = 0; x < width; x++) {
    for (let y = 0; y < height; y++) {
      const on = (x - width / 2) ** 2 + (y - height / 2) ** 2 <= radius ** 2 ? 1 : 0;
      area += on;
      if (on !== current) {
        counts.push(run);
        run = 0;
        current = on;
      }
      run += 1;
    }
  }
  counts.push(run);
  return { mask: { size: [height, width], counts }, area };
}

export async function runApiJourney(o: JourneyOptions): Promise<JourneyReport> {
  const log = o.log ?? (() => {});
  const base = o.apiUrl.replace(/\/$/, '');
  const httpUrl = `${base}/graphql`;
  const wsUrl = `${httpUrl.replace(/^http/, 'ws')}`;
  const timings: Record<string, number> = {};
  let stepStarted = performance.now();
  let step = 'start';
  const begin = (name: string) => {
    timings[step] = Math.round(performance.now() - stepStarted);
    step = name;
    stepStarted = performance.now();
    log(`-- ${name}`);
  };
  const check = (condition: unknown, message: string): void => {
    if (!condition) throw new JourneyError(`[${step}] ${message}`);
  };

  async function call<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const response = await fetch(httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: GqlError[] };
    if (body.errors?.length) {
      const e = body.errors[0] as GqlError;
      throw Object.assign(new JourneyError(`[${step}] ${e.extensions?.code ?? 'ERROR'}: ${e.message}`), {
        code: e.extensions?.code,
      });
    }
    return body.data as T;
  }

  /** Follows a subscription until `done` says so (or fails after timeoutMs). */
  function follow<T>(
    token: string,
    query: string,
    variables: Record<string, unknown>,
    done: (value: T) => boolean,
    timeoutMs: number,
    onValue: (value: T) => void = () => {},
  ): { result: Promise<T>; ready: Promise<void> } {
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 5,
      lazy: false,
    });
    let markReady: () => void = () => {};
    const ready = new Promise<void>((r) => {
      markReady = r;
    });
    client.on('connected', () => markReady());
    const result = new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new JourneyError(`[${step}] no final event within ${timeoutMs} ms`));
      }, timeoutMs);
      const stop = client.subscribe<Record<string, T>>(
        { query, variables },
        {
          next: (message) => {
            if (message.errors?.length) {
              clearTimeout(timer);
              stop();
              return reject(new JourneyError(`[${step}] ${JSON.stringify(message.errors)}`));
            }
            const value = Object.values(message.data ?? {})[0] as T;
            onValue(value);
            if (done(value)) {
              clearTimeout(timer);
              stop();
              resolve(value);
            }
          },
          error: (error) => {
            clearTimeout(timer);
            reject(error instanceof Error ? error : new JourneyError(`[${step}] ${JSON.stringify(error)}`));
          },
          complete: () => {},
        },
      );
    }).finally(() => void client.dispose());
    return { result, ready };
  }

  const signIn = async (email: string, password: string) =>
    (
      await call<{ signIn: { token: string; user: { id: string } } }>(
        'mutation($e:String!,$p:String!){signIn(email:$e,password:$p){token user{id}}}',
        { e: email, p: password },
      )
    ).signIn;

  // 1. The admin creates a dataset and imports a folder from the server.
  begin('import');
  const admin = await signIn(o.admin.email, o.admin.password);
  const tag = randomUUID().slice(0, 8);
  const { createDataset: dataset } = await call<{
    createDataset: {
      id: string;
      patternClasses: { id: string; key: string; position: number }[];
      intensityLevels: { id: string; key: string }[];
    };
  }>(
    `mutation($s:String!,$n:String!,$p:Int!){createDataset(slug:$s,name:$n,patchSize:$p,strideX:$p,strideY:$p,
      description:"API journey"){id patternClasses{id key position} intensityLevels{id key}}}`,
    { s: `journey-${tag}`, n: `API journey ${tag}`, p: o.patchSize },
    admin.token,
  );
  const patternKey = new Map(dataset.patternClasses.map((p) => [p.id, p.key]));
  const { startImport: job } = await call<{ startImport: { id: string } }>(
    'mutation($d:ID!,$p:String!){startImport(datasetId:$d,serverPath:$p){id status}}',
    { d: dataset.id, p: o.serverPath },
    admin.token,
  );
  const imported = await follow<{
    status: string;
    importedRows: number;
    totalRows: number;
    error: string | null;
  }>(
    admin.token,
    'subscription($j:ID!){importProgress(jobId:$j){status doneRows totalRows importedRows error rowErrors{line reason}}}',
    { j: job.id },
    (j) => j.status === 'SUCCEEDED' || j.status === 'FAILED',
    120_000,
    (j) => log(`import ${j.status} ${j.importedRows}/${j.totalRows}`),
  ).result;
  check(imported.status === 'SUCCEEDED', `import ended ${imported.status}: ${imported.error}`);
  const stats = await call<{ dataset: { stats: { specimens: number; patches: number } } }>(
    'query($d:ID!){dataset(id:$d){stats{specimens patches}}}',
    { d: dataset.id },
    admin.token,
  );
  check(stats.dataset.stats.specimens === imported.importedRows, 'specimen count differs from the import');

  // 2. Two annotators and a curator.
  begin('users');
  const makeUser = async (role: string, label: string) => {
    const email = `${label}-${tag}@journey.local`;
    const password = `journey-${randomUUID()}`;
    await call(
      'mutation($e:String!,$n:String!,$p:String!,$r:Role!){createUser(email:$e,name:$n,password:$p,role:$r){id}}',
      { e: email, n: label, p: password, r: role },
      admin.token,
    );
    return signIn(email, password);
  };
  const annotatorA = await makeUser('ANNOTATOR', 'annotator-a');
  const annotatorB = await makeUser('ANNOTATOR', 'annotator-b');
  const curator = await makeUser('CURATOR', 'curator');

  // 3. Both label patches: a mask (COCO RLE), the pattern and the intensity.
  begin('label');
  const CLAIM = `mutation($d:ID!){claimNext(datasetId:$d){lease{id patchId} returnComment
    draft{id version status returnComment}
    proposal{predictionId modelVersionId maskUrl patternClass{key}}
    patch{id width height x y imageUrl acquisitionScore priority
      specimen{id externalId}}}}`;
  type Claimed = {
    lease: { id: string; patchId: string };
    returnComment: string | null;
    draft: { id: string; version: number; status: string; returnComment: string | null } | null;
    proposal: { predictionId: string; modelVersionId: string; maskUrl: string | null } | null;
    patch: {
      id: string;
      width: number;
      height: number;
      x: number;
      y: number;
      imageUrl: string;
      acquisitionScore: number | null;
      priority: number;
      specimen: { id: string; externalId: string };
    };
  };
  const SUBMIT = 'mutation($i:AnnotationInput!){submitAnnotation(input:$i){id version status maskArea}}';
  // The scripted annotators label by the specimens' imported labels, which annotators may not read
  // (anchoring, SECURITY.md): the script looks them up once as the admin it also is.
  const truth = await specimenLabels(call, dataset.id, admin.token);
  const exportName = (p: Claimed['patch']) =>
    `${p.specimen.externalId.replace(/[^A-Za-z0-9._-]+/g, '_')}_x${p.x}_y${p.y}`;
  const otherPattern = (id: string) =>
    (dataset.patternClasses.find((p) => p.id !== id && p.key !== 'negative') ?? dataset.patternClasses[0])!
      .id;
  const labelled: JourneyReport['labelled'] = [];
  let wrongOne: {
    patchId: string;
    name: string;
    annotationId: string;
    firstPattern: string;
    rightPattern: string;
  } | null = null;
  const perAnnotator = o.patchesPerAnnotator ?? 4;
  for (let i = 0; i < perAnnotator; i++) {
    for (const [who, user] of [
      ['A', annotatorA],
      ['B', annotatorB],
    ] as const) {
      const { claimNext: item } = await call<{ claimNext: Claimed }>(CLAIM, { d: dataset.id }, user.token);
      const image = await fetch(item.patch.imageUrl);
      check(image.ok && (await image.arrayBuffer()).byteLength > 0, 'patch image URL did not serve the PNG');
      const labels = truth.get(item.patch.specimen.id);
      const right = labels?.patternClassId ?? dataset.patternClasses[0]!.id;
      // Annotator A's first patch gets the wrong pattern: the curator will send it back.
      const pattern = who === 'A' && i === 0 ? otherPattern(right) : right;
      const { mask } = discRle(item.patch.width, item.patch.height, item.patch.width / 4);
      const { submitAnnotation } = await call<{ submitAnnotation: { id: string; status: string } }>(
        SUBMIT,
        {
          i: {
            patchId: item.patch.id,
            leaseId: item.lease.id,
            version: item.draft?.version ?? 0,
            patternClassId: pattern,
            intensityLevelId: labels?.intensityLevelId ?? dataset.intensityLevels.at(-1)!.id,
            mask,
          },
        },
        user.token,
      );
      check(submitAnnotation.status === 'SUBMITTED', `submit left status ${submitAnnotation.status}`);
      labelled.push({
        patchId: item.patch.id,
        annotator: who,
        pattern: patternKey.get(pattern)!,
        name: exportName(item.patch),
      });
      if (who === 'A' && i === 0)
        wrongOne = {
          patchId: item.patch.id,
          name: exportName(item.patch),
          annotationId: submitAnnotation.id,
          firstPattern: patternKey.get(pattern)!,
          rightPattern: right,
        };
    }
  }
  check(wrongOne, 'nothing labelled');
  const toFix = wrongOne as NonNullable<typeof wrongOne>;

  // 4. The curator approves all but one, rejects the wrong one; it goes back to its author.
  begin('review');
  const queue = await call<{ reviewQueue: { edges: { node: { id: string } }[] } }>(
    'query($d:ID!){reviewQueue(datasetId:$d,first:100){edges{node{id}}}}',
    { d: dataset.id },
    curator.token,
  );
  const queued = queue.reviewQueue.edges.map((e) => e.node.id);
  check(
    queued.length === labelled.length,
    `review queue has ${queued.length} patches, expected ${labelled.length}`,
  );
  const returned = follow<{ id: string; returnComment: string | null }>(
    annotatorA.token,
    'subscription{myReturnedWork{id status returnComment}}',
    {},
    (a) => a.id === toFix.annotationId,
    30_000,
  );
  await returned.ready;
  await call(
    'mutation($a:ID!,$c:String!){rejectAnnotation(annotationId:$a,comment:$c){id status}}',
    { a: toFix.annotationId, c: 'Wrong pattern: look at the centromere dots again' },
    curator.token,
  );
  for (const patchId of queued.filter((id) => id !== toFix.patchId)) {
    await call('mutation($p:ID!){approvePatch(patchId:$p){id status}}', { p: patchId }, curator.token);
  }
  const notified = await returned.result;
  check(notified.returnComment?.startsWith('Wrong pattern'), 'the author was not told why');

  // 5. The author sees it first in the queue, fixes it, the curator approves it.
  begin('fix');
  const mine = await call<{ myReturnedWork: { id: string }[] }>(
    'query($d:ID){myReturnedWork(datasetId:$d){id returnComment}}',
    { d: dataset.id },
    annotatorA.token,
  );
  check(
    mine.myReturnedWork.some((a) => a.id === toFix.annotationId),
    'returned work not listed',
  );
  const { claimNext: again } = await call<{ claimNext: Claimed }>(CLAIM, { d: dataset.id }, annotatorA.token);
  check(again.patch.id === toFix.patchId, 'the returned patch was not served first');
  check(
    again.draft?.status === 'REJECTED' && again.returnComment,
    'the returned draft or its comment is missing',
  );
  const fixedMask = discRle(again.patch.width, again.patch.height, again.patch.width / 3);
  const fixed = await call<{ submitAnnotation: { id: string; status: string; version: number } }>(
    SUBMIT,
    {
      i: {
        patchId: again.patch.id,
        leaseId: again.lease.id,
        version: again.draft?.version ?? 0,
        patternClassId: toFix.rightPattern,
        mask: fixedMask.mask,
      },
    },
    annotatorA.token,
  );
  check(fixed.submitAnnotation.status === 'SUBMITTED', 'the fix was not submitted');
  await call('mutation($p:ID!){approvePatch(patchId:$p){id status}}', { p: toFix.patchId }, curator.token);
  const counts = await call<{ queueCounts: { approved: number; submitted: number; returned: number } }>(
    'query($d:ID!){queueCounts(datasetId:$d){approved submitted returned}}',
    { d: dataset.id },
    admin.token,
  );
  check(
    counts.queueCounts.approved === labelled.length &&
      counts.queueCounts.submitted === 0 &&
      counts.queueCounts.returned === 0,
    `queue counts ${JSON.stringify(counts.queueCounts)}`,
  );
  const fixedEntry = labelled.find((l) => l.patchId === toFix.patchId)!;
  fixedEntry.pattern = patternKey.get(toFix.rightPattern)!;

  // 6. The admin trains a model and watches the run live.
  begin('train');
  const statuses: string[] = [];
  const RUN_FIELDS = 'id status error progress epochs{epoch} modelVersion{id status}';
  const TERMINAL = ['PROMOTED', 'EVALUATED', 'REJECTED', 'FAILED', 'CANCELLED'];
  type Run = {
    id: string;
    status: string;
    error: string | null;
    epochs: { epoch: number }[];
    modelVersion: { id: string; status: string } | null;
  };
  // Subscribed to the dataset's runs before the trigger, so that no update is missed.
  let runId = '';
  const watch = follow<Run>(
    admin.token,
    `subscription($d:ID!){trainingRunUpdated(datasetId:$d){${RUN_FIELDS}}}`,
    { d: dataset.id },
    (r) => r.id === runId && TERMINAL.includes(r.status),
    o.trainingTimeoutMs ?? 240_000,
    (r) => {
      if (statuses.at(-1) !== r.status) statuses.push(r.status);
    },
  );
  await watch.ready;
  const { triggerTrainingRun } = await call<{ triggerTrainingRun: { id: string; status: string } }>(
    // a handful of labels: below the minimum for a useful run, started on purpose
    'mutation($d:ID!,$c:TrainingRunConfigInput){triggerTrainingRun(datasetId:$d,config:$c,belowMinimum:true){id status}}',
    { d: dataset.id, c: { ...DEFAULT_TRAINING, ...o.trainingConfig } },
    admin.token,
  );
  runId = triggerTrainingRun.id;
  let run = await watch.result;
  log(`training run ${run.status} after ${statuses.join(' -> ')}`);
  check(run.status !== 'FAILED' && run.status !== 'CANCELLED', `training run ${run.status}: ${run.error}`);
  check(run.modelVersion, 'the run produced no model version');
  const version = run.modelVersion as NonNullable<Run['modelVersion']>;

  // 7. Promotion: by the rule (autoPromote) or by the admin.
  begin('promote');
  let promotedBy: 'rule' | 'admin' = 'rule';
  if (run.status !== 'PROMOTED') {
    promotedBy = 'admin';
    await call('mutation($id:ID!){promoteModelVersion(id:$id){id status}}', { id: version.id }, admin.token);
  }
  const active = await call<{ activeModelVersion: { id: string; status: string } | null }>(
    'query($d:ID!){activeModelVersion(datasetId:$d){id status number}}',
    { d: dataset.id },
    admin.token,
  );
  check(active.activeModelVersion?.id === version.id, 'the new version is not the active one');
  run = (
    await call<{ trainingRun: Run }>(
      `query($id:ID!){trainingRun(id:$id){${RUN_FIELDS}}}`,
      { id: runId },
      admin.token,
    )
  ).trainingRun;

  // 8. Scoring: the trainer scores the unlabelled patches with the active model; requestScoring
  //    re-ranks the queue from the stored scores and reports what is left.
  begin('score');
  let scoring: JourneyReport['scoring'];
  // With introspection off (production's default, GRAPHQL_INTROSPECTION) the mutation is assumed:
  // the committed schema has it.
  const mutations = await call<{ __type: { fields: { name: string }[] } }>(
    '{__type(name:"Mutation"){fields{name}}}',
    {},
    admin.token,
  ).catch(() => null);
  if (mutations && !mutations.__type.fields.some((f) => f.name === 'requestScoring')) {
    scoring = {
      available: false,
      missing: 'the API has no requestScoring mutation (active-learning schema not registered)',
    };
    log(`scoring skipped: ${scoring.missing}`);
  } else {
    const deadline = Date.now() + (o.scoringTimeoutMs ?? 120_000);
    let status = { scored: 0, unscored: -1, activeModelVersionId: null as string | null };
    for (;;) {
      status = (
        await call<{ requestScoring: typeof status }>(
          'mutation($d:ID!){requestScoring(datasetId:$d){activeModelVersionId method scored unscored reranked}}',
          { d: dataset.id },
          admin.token,
        )
      ).requestScoring;
      if (status.unscored === 0 && status.scored > 0) break;
      check(Date.now() < deadline, `scoring did not finish: ${JSON.stringify(status)}`);
      await new Promise((r) => setTimeout(r, 1000));
    }
    check(status.activeModelVersionId === version.id, 'scores are not from the active version');
    const queuedPatches = await call<{
      patches: { edges: { node: { id: string; acquisitionScore: number | null; priority: number } }[] };
    }>(
      'query($d:ID!){patches(datasetId:$d,status:QUEUED,first:500){edges{node{id acquisitionScore priority}}}}',
      { d: dataset.id },
      admin.token,
    );
    const nodes = queuedPatches.patches.edges.map((e) => e.node);
    const scores = nodes.map((n) => n.acquisitionScore).filter((s): s is number => s !== null);
    const maxQueuedScore = scores.length ? Math.max(...scores) : null;
    // The head of the strategy's ranking (uncertainty, then the diversity / class-balance rules of
    // the dataset's acquisition settings) is the highest priority.
    const head = nodes.reduce((a, b) => (b.priority > a.priority ? b : a), nodes[0]!);
    // 9. The annotators' next patch is the most uncertain one, with the model's proposal.
    const { claimNext: next } = await call<{ claimNext: Claimed }>(
      CLAIM,
      { d: dataset.id },
      annotatorB.token,
    );
    let proposalMaskBytes = 0;
    if (next.proposal?.maskUrl)
      proposalMaskBytes = (await (await fetch(next.proposal.maskUrl)).arrayBuffer()).byteLength;
    await call('mutation($l:ID!){releaseLease(leaseId:$l){id}}', { l: next.lease.id }, annotatorB.token);
    scoring = {
      available: true,
      scored: status.scored,
      claimedPatchId: next.patch.id,
      claimedScore: next.patch.acquisitionScore,
      claimedPriority: next.patch.priority,
      headPatchId: head.id,
      headPriority: head.priority,
      maxQueuedScore,
      proposalModelVersionId: next.proposal?.modelVersionId ?? null,
      proposalMaskBytes,
    };
    check(
      next.proposal?.modelVersionId === version.id,
      'the claimed patch carries no proposal of the active model',
    );
    check(next.patch.acquisitionScore !== null, 'the served patch has no acquisition score');
    check(
      next.patch.priority === head.priority,
      `served priority ${next.patch.priority}, the head of the ranking has ${head.priority}`,
    );
  }

  // 10. Exports: COCO and the seed CSV layout, each one .zip made in the background and followed
  // live, hold exactly the approved labels.
  begin('export');
  type ExportJob = { id: string; status: string; error: string | null; downloadUrl: string | null };
  const EXPORT_FIELDS = 'id status error downloadUrl';
  const exportOf = async (format: string) => {
    const started = (
      await call<{ startExport: ExportJob }>(
        `mutation($d:ID!,$f:ExportFormat!){startExport(datasetId:$d,format:$f){${EXPORT_FIELDS}}}`,
        { d: dataset.id, f: format },
        admin.token,
      )
    ).startExport;
    const job = await follow<ExportJob>(
      admin.token,
      `subscription($j:ID!){exportProgress(jobId:$j){${EXPORT_FIELDS}}}`,
      { j: started.id },
      (j) => j.status === 'SUCCEEDED' || j.status === 'FAILED',
      120_000,
    ).result;
    check(job.status === 'SUCCEEDED' && job.downloadUrl, `${format} export ${job.status}: ${job.error}`);
    const response = await fetch(job.downloadUrl as string);
    check(response.ok, `${format}: download failed (${response.status})`);
    return readZip(Buffer.from(await response.arrayBuffer()));
  };
  const textOf = (zip: Map<string, Buffer>, name: string) => {
    const file = zip.get(name);
    check(file, `${name} missing from the export`);
    return (file as Buffer).toString('utf8');
  };
  const coco = JSON.parse(textOf(await exportOf('COCO'), 'annotations.json')) as {
    images: { id: number; file_name: string; attributes: { pattern: string | null; status: string } }[];
    annotations: { image_id: number; category_id: number | null; area: number }[];
    categories: { id: number; name: string; supercategory?: string }[];
  };
  const stem = (file: string) => file.replace(/^images\//, '').replace(/\.[a-z]+$/, '');
  const fixedImage = coco.images.find((i) => stem(i.file_name) === toFix.name);
  const fixedAnn = fixedImage ? coco.annotations.find((a) => a.image_id === fixedImage.id) : undefined;
  const positionOf = new Map(dataset.patternClasses.map((p) => [p.position + 1, p.key]));
  const rows = textOf(await exportOf('SEED_CSV'), 'dataset.csv')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split(',').map((c) => c.trim()));
  begin('done');
  return {
    datasetId: dataset.id,
    importedSpecimens: imported.importedRows,
    patches: stats.dataset.stats.patches,
    labelled,
    rejected: {
      patchId: toFix.patchId,
      name: toFix.name,
      firstPattern: toFix.firstPattern,
      fixedPattern: patternKey.get(toFix.rightPattern)!,
      maskArea: fixedMask.area,
    },
    approved: counts.queueCounts.approved,
    training: {
      runId,
      status: run.status,
      statuses,
      epochs: run.epochs.length,
      modelVersionId: version.id,
      promotedBy,
    },
    scoring,
    exports: {
      coco: {
        images: coco.images.length,
        annotations: coco.annotations.length,
        fixed: fixedAnn
          ? { category: positionOf.get(fixedAnn.category_id ?? -1) ?? null, area: fixedAnn.area }
          : null,
        names: coco.images.map((i) => stem(i.file_name)).sort(),
      },
      seedCsv: { rows, fixedRow: rows.find((r) => r[0] && stem(r[0]) === toFix.name) ?? null },
    },
    timings,
  };
}

type Call = <T>(query: string, variables: Record<string, unknown>, token?: string) => Promise<T>;
interface SpecimenLabels {
  patternClassId: string | null;
  intensityLevelId: string | null;
}

/** Every specimen's imported (weak) labels, page by page, read as a curator or admin. */
async function specimenLabels(call: Call, datasetId: string, token: string) {
  const labels = new Map<string, SpecimenLabels>();
  let after: string | null = null;
  do {
    type Page = {
      dataset: {
        specimens: {
          edges: {
            node: { id: string; patternClass: { id: string } | null; intensityLevel: { id: string } | null };
          }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      };
    };
    const page: Page = await call<Page>(
      `query($d:ID!,$a:String){dataset(id:$d){specimens(first:200,after:$a){
        edges{node{id patternClass{id} intensityLevel{id}}} pageInfo{hasNextPage endCursor}}}}`,
      { d: datasetId, a: after },
      token,
    );
    for (const { node } of page.dataset.specimens.edges)
      labels.set(node.id, {
        patternClassId: node.patternClass?.id ?? null,
        intensityLevelId: node.intensityLevel?.id ?? null,
      });
    after = page.dataset.specimens.pageInfo.hasNextPage ? page.dataset.specimens.pageInfo.endCursor : null;
  } while (after);
  return labels;
}
