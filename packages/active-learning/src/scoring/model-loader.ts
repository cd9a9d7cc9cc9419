import { sha256 } from '@hep2/data';
import type { Db } from '@hep2/db';
import { deserializeModel, type Hep2Model } from '@hep2/model';
import type { ObjectStore } from '@hep2/storage';

/** A model version's row: what scoring needs besides the weights. */
export interface VersionRow {
  id: string;
  datasetId: string;
  status: string;
  calibration: unknown;
  artifactKey: string;
  artifactSha256: string;
}

export interface LoadedVersion extends Omit<VersionRow, 'artifactKey' | 'artifactSha256'> {
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

/** A model version's artifact, checksum-verified, deserialised. The caller disposes the model. */
export async function loadModelVersion(
  db: Db,
  store: ObjectStore,
  modelVersionId: string,
): Promise<LoadedVersion> {
  const version = await loadVersionRow(db, modelVersionId);
  return { ...version, model: await loadVersionModel(store, version) };
}
