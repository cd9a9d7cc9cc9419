import { sha256 } from '@hep2/data';
import type { Db } from '@hep2/db';
import { deserializeModel, type Hep2Model } from '@hep2/model';
import type { ObjectStore } from '@hep2/storage';

export interface LoadedVersion {
  id: string;
  datasetId: string;
  status: string;
  calibration: unknown;
  model: Hep2Model;
}

/** A model version's artifact, checksum-verified, deserialised. The caller disposes the model. */
export async function loadModelVersion(
  db: Db,
  store: ObjectStore,
  modelVersionId: string,
): Promise<LoadedVersion> {
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
  const bytes = new Uint8Array(await store.get(version.artifactKey));
  const digest = sha256(bytes);
  if (digest !== version.artifactSha256) {
    throw new Error(
      `model artifact ${version.artifactKey} is corrupt (sha256 ${digest} != ${version.artifactSha256})`,
    );
  }
  return { ...version, model: await deserializeModel(bytes) };
}
