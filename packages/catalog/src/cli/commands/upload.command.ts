import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GROUP_BY_HELP, GroupByError, IMPORT_LAYOUTS, parseGroupBy } from '@hep2/data';
import { LABEL_TRUSTS } from '../../imports/specimen-staging';
import { bool, type CliIo, CliUsageError, type Command, foldArg, oneOf, parse, required } from '../cli-args';
import { CREATION_HELP, CREATION_OPTIONS, creationFlagsGiven, creationInput } from '../dataset-creation-args';
import { putFile } from '../remote/put-file';
import { type RemoteApi, RemoteApiError, remoteApi } from '../remote/remote-api';
import { type RemoteImportJob, reportRemoteImport } from '../remote/remote-import-report';
import { zipFolder } from '../remote/zip-folder';

const HELP = `hep2 upload: import a dataset into a remote deployment through its API (no database access
needed): a folder is zipped, uploaded to the deployment's object store and imported there by the
same background job as the admin page's .zip upload; progress and the row report are printed.

Usage: npm run hep2 -- upload --api-url URL --dataset SLUG (--dir DIR | --archive FILE.zip) [options]

  --api-url URL             the deployment (https://hep2.lab.example) or its /graphql endpoint
                            (default: $HEP2_API_URL)
  --token TOKEN             an admin's API token (default: $HEP2_API_TOKEN, which keeps it out of
                            the process list; create one under Account -> API tokens)
  --dataset SLUG            target dataset (required)
  --dir DIR                 folder holding the manifest CSV and the files, zipped on the fly
  --archive FILE.zip        an archive already made (manifest + files, optionally in one folder)
  --layout L                ${IMPORT_LAYOUTS.join(' | ')} (default: detected from the manifest)
  --labels L                weak (default) | curated (expert ground truth: every patch approved)
  --all-or-nothing BOOL     true (default): any bad row and nothing is imported
  --partial                 same as --all-or-nothing false
  --group-by G              which images form one specimen: ${GROUP_BY_HELP} (see hep2 import)
  --folds-file F            a fold table inside the folder or archive (CSV or folder of fold_A.csv)
  --skip-duplicates         images identical to an earlier line are skipped instead of failing
  --validation-fold F       the specimens of this fold (letter or 0-based) become validation
  --no-wait                 print the import job's id and return once it started
${CREATION_HELP}
  -h, --help                this text

Exit status: 0 when the import succeeded, 1 when it failed or the API refused, 2 on a usage error.
`;

const FIND_DATASET = 'query($s:String!){dataset(slug:$s){id slug}}';
const CREATE_DATASET = `mutation($slug:String!,$name:String!,$mode:IntensityMode,$patch:Int,$sx:Int,$sy:Int,
  $taxonomy:TaxonomyInput,$preset:TaxonomyPreset){createDataset(slug:$slug,name:$name,intensityMode:$mode,
  patchSize:$patch,strideX:$sx,strideY:$sy,taxonomy:$taxonomy,taxonomyPreset:$preset){id slug patchSize}}`;
const REQUEST_UPLOAD = `mutation($d:ID!,$f:String!,$s:Float!){requestArchiveUpload(datasetId:$d,filename:$f,size:$s){
  uploadId url maxBytes}}`;
const JOB_FIELDS = `id status totalRows doneRows importedRows error layout labels warnings
  rowErrors{line reason} grouping{by detected groups}
  maskSummary{masks emptyLines contourLines foregroundMin foregroundMax foregroundMedian binarizations{method masks}}`;
const START_IMPORT = `mutation($d:ID!,$u:ID!,$layout:ImportLayout,$all:Boolean,$labels:ImportLabels,
  $options:ImportOptionsInput){startArchiveImport(datasetId:$d,uploadId:$u,layout:$layout,allOrNothing:$all,
  labels:$labels,options:$options){${JOB_FIELDS}}}`;
const JOB = `query($id:ID!){importJob(id:$id){${JOB_FIELDS}}}`;

const POLL_MS = 1000;

export const uploadCommand: Command = {
  name: 'upload',
  summary: 'import a folder or .zip into a remote deployment through its API',
  help: HELP,
  needsPlatform: false,
  run: async (argv, io) => {
    const v = parse(argv, {
      'api-url': { type: 'string' },
      token: { type: 'string' },
      dataset: { type: 'string' },
      dir: { type: 'string' },
      archive: { type: 'string' },
      layout: { type: 'string' },
      labels: { type: 'string' },
      'all-or-nothing': { type: 'string' },
      partial: { type: 'boolean' },
      'group-by': { type: 'string' },
      'folds-file': { type: 'string' },
      'skip-duplicates': { type: 'boolean' },
      'validation-fold': { type: 'string' },
      'no-wait': { type: 'boolean' },
      ...CREATION_OPTIONS,
    });
    if (v.help) {
      io.out(HELP);
      return 0;
    }
    const apiUrl = required('api-url', v['api-url'] ?? process.env.HEP2_API_URL);
    const token = v.token ?? process.env.HEP2_API_TOKEN;
    if (!token) throw new CliUsageError('--token (or HEP2_API_TOKEN) is required: an admin API token');
    const slug = required('dataset', v.dataset);
    if (!v.dir === !v.archive) throw new CliUsageError('give exactly one of --dir and --archive');
    const layout = oneOf('layout', v.layout, IMPORT_LAYOUTS);
    const labels = oneOf('labels', v.labels, LABEL_TRUSTS);
    const allOrNothing = v.partial ? false : bool('all-or-nothing', v['all-or-nothing'], true);
    const options = scanOptions(v);
    const createFlags = creationFlagsGiven(v);
    if (!v.create && createFlags.length > 0) throw new CliUsageError(`--${createFlags[0]} needs --create`);
    const creation = v.create ? await creationInput(v, slug) : null;
    const source = path.resolve((v.dir ?? v.archive) as string);
    const sourceInfo = await stat(source).catch(() => null);
    if (v.dir && !sourceInfo?.isDirectory()) throw new CliUsageError(`--dir ${source} is not a folder`);
    if (v.archive && !sourceInfo?.isFile()) throw new CliUsageError(`--archive ${source} is not a file`);

    const api = remoteApi(apiUrl, token);
    try {
      const datasetId = await findOrCreateDataset(api, slug, creation, io);
      const scratch = v.dir ? await mkdtemp(path.join(tmpdir(), 'hep2-upload-')) : null;
      try {
        const archive = scratch ? await zipped(source, scratch, io) : source;
        const uploadId = await uploadArchive(api, datasetId, archive, io);
        let job = (
          await api.request<{ startArchiveImport: RemoteImportJob }>(START_IMPORT, {
            d: datasetId,
            u: uploadId,
            layout: layout?.toUpperCase().replace('-', '_'),
            all: allOrNothing,
            labels: labels?.toUpperCase(),
            options,
          })
        ).startArchiveImport;
        io.out(`import job ${job.id} started`);
        if (v['no-wait']) return 0;
        job = await followJob(api, job, io);
        return reportRemoteImport(job, labels === undefined, io) ? 0 : 1;
      } finally {
        if (scratch) await rm(scratch, { recursive: true, force: true });
      }
    } catch (err) {
      if (err instanceof RemoteApiError) {
        io.err(`error: ${err.message} (${err.code})`);
        return 1;
      }
      throw err;
    }
  },
};

async function findOrCreateDataset(
  api: RemoteApi,
  slug: string,
  creation: Awaited<ReturnType<typeof creationInput>> | null,
  io: CliIo,
): Promise<string> {
  try {
    return (await api.request<{ dataset: { id: string } }>(FIND_DATASET, { s: slug })).dataset.id;
  } catch (err) {
    if (!(err instanceof RemoteApiError) || err.code !== 'NOT_FOUND') throw err;
    if (!creation) throw new CliUsageError(`dataset "${slug}" does not exist (add --create to create it)`);
  }
  const created = (
    await api.request<{ createDataset: { id: string; patchSize: number } }>(CREATE_DATASET, {
      slug: creation.slug,
      name: creation.name,
      mode: creation.intensityMode,
      patch: creation.patchSize,
      sx: creation.strideX,
      sy: creation.strideY,
      taxonomy: creation.taxonomy,
      preset: creation.taxonomy ? undefined : creation.taxonomyPreset?.toUpperCase(),
    })
  ).createDataset;
  io.out(`created dataset ${slug} (patches ${created.patchSize} px)`);
  return created.id;
}

async function zipped(dir: string, scratch: string, io: CliIo): Promise<string> {
  const target = path.join(scratch, `${path.basename(dir)}.zip`);
  const result = await zipFolder(dir, target, (n) => io.progress(`zipping ${n} files`));
  io.out(`zipped ${result.files} files (${megabytes(result.bytes)})`);
  return target;
}

async function uploadArchive(api: RemoteApi, datasetId: string, archive: string, io: CliIo): Promise<string> {
  const { size } = await stat(archive);
  const ticket = (
    await api.request<{ requestArchiveUpload: { uploadId: string; url: string; maxBytes: number } }>(
      REQUEST_UPLOAD,
      { d: datasetId, f: path.basename(archive).replace(/(\.zip)?$/i, '.zip'), s: size },
    )
  ).requestArchiveUpload;
  await putFile(ticket.url, archive, (sent, total) =>
    io.progress(`uploading ${megabytes(sent)} / ${megabytes(total)}`),
  );
  io.out(`uploaded ${megabytes(size)}`);
  return ticket.uploadId;
}

async function followJob(api: RemoteApi, started: RemoteImportJob, io: CliIo): Promise<RemoteImportJob> {
  let job = started;
  while (job.status === 'PENDING' || job.status === 'RUNNING') {
    io.progress(
      job.totalRows === 0
        ? `import ${job.status.toLowerCase()}`
        : `checking rows ${job.doneRows}/${job.totalRows}, ${job.importedRows} stored`,
    );
    await new Promise((r) => setTimeout(r, POLL_MS));
    job = (await api.request<{ importJob: RemoteImportJob }>(JOB, { id: job.id })).importJob;
  }
  return job;
}

/** The scan options, checked here so that a typo is a usage error before anything is uploaded. */
function scanOptions(v: {
  'group-by'?: string;
  'folds-file'?: string;
  'skip-duplicates'?: boolean;
  'validation-fold'?: string;
}) {
  if (v['group-by'] !== undefined) {
    try {
      parseGroupBy(v['group-by']);
    } catch (err) {
      if (err instanceof GroupByError) throw new CliUsageError(err.message);
      throw err;
    }
  }
  return {
    groupBy: v['group-by'],
    foldsFile: v['folds-file'],
    skipDuplicates: v['skip-duplicates'],
    validationFold: foldArg('validation-fold', v['validation-fold']),
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}
