import { sha256 } from '@hep2/data';
import type { Db } from '@hep2/db';
import { deserializeModel, type Hep2Model } from '@hep2/model';
import type { ObjectStore } from '@hep2/storage';
import type { StoredGraph } from './scoring-predictors';

/** A model version's row: what scoring needs besides the weights. */
export interface VersionRow {
  id: string;
  datasetId: string;
  status: string;
  calibration: unknown;
  artifactKey: string;
  artifactSha256: string;
  /** The ONNX export stored at registration; null for versions registered before exports were. */
  onnxKey: string | null;
  onnxSha256: string | null;
}

export interface LoadedVersion
  extends Omit<VersionRow, 'artifactKey' | 'artifactSha256' | 'onnxKey' | 'onnxSha256'> {
  model: Hep2Model;
}

export async function loadVersionRow(db: Db, modelVersionId: string): Promise<VersionRow> {
  const version = await db.modelVersion.findUnique({
    where: { id: modelVersionId },
    select: {
      id: true,
      datasetId: true,
      status: true,
      artifactKey: true,
      artifactSha256: true,
      onnxKey: true,
      onnxSha256: true,
      calibration: true,
    },
  });
  if (!version) throw new Error(`model version ${modelVersionId} does not exist`);
  return version;
}

/** A version's artifact, checksum-verified, deserialised. The caller disposes the model. */
export async function loadVersionModel(
  store: ObjectStore,
  version: Pick<VersionRow, 'artifactKey' | 'artifactSha256'>,
): Promise<Hep2Model> {
  const bytes = new Uint8Array(await store.get(version.artifactKey));
  const digest = sha256(bytes);
  if (digest !== version.artifactSha256) {
    throw new Error(
      `model artifact ${version.artifactKey} is corrupt (sha256 ${digest} != ${version.artifactSha256})`,
    );
  }
  return deserializeModel(bytes);
}

/**
 * The ONNX export stored beside the version, checksum-verified like the TensorFlow.js artifact. A
 * missing or corrupt export is not fatal - the graph is made again from the verified weights - but
 * the note says why, and it is recorded with the scores.
 */
export async function loadVersionOnnx(
  store: ObjectStore,
  version: Pick<VersionRow, 'onnxKey' | 'onnxSha256'>,
): Promise<StoredGraph> {
  if (!version.onnxKey || !version.onnxSha256) {
    return { bytes: null, note: 'no stored export: version registered before exports were stored' };
  }
  if (!(await store.exists(version.onnxKey))) {
    return { bytes: null, note: `stored export ${version.onnxKey} is missing` };
  }
  const bytes = new Uint8Array(await store.get(version.onnxKey));
  const digest = sha256(bytes);
  if (digest !== version.onnxSha256) {
    return {
      bytes: null,
      note: `stored export ${version.onnxKey} is corrupt (sha256 ${digest.slice(0, 12)}… != ${version.onnxSha256.slice(0, 12)}…)`,
    };
  }
  return { bytes, note: `stored export, sha256 ${digest.slice(0, 12)}…` };
}

/** A model version's artifact, checksum-verified, deserialised. The caller disposes the model. */
export async function loadModelVersion(
  db: Db,
  store: ObjectStore,
  modelVersionId: string,
): Promise<LoadedVersion> {
  const version = await loadVersionRow(db, modelVersionId);
  return { ...version, model: await loadVersionModel(store, version) };
}
