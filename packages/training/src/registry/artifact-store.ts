import { createHash } from 'node:crypto';
import { type ObjectStore, objectKeys } from '@hep2/storage';

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export class ArtifactError extends Error {
  override name = 'ArtifactError';
}

export interface StoredArtifact {
  key: string;
  bytes: number;
  sha256: string;
}

/** Writes the artifact before any row names it: a crash leaves at most an orphan object. */
export async function writeModelArtifact(
  store: ObjectStore,
  datasetId: string,
  versionId: string,
  bytes: Uint8Array,
): Promise<StoredArtifact> {
  return writeVerified(store, objectKeys.modelArtifact(datasetId, versionId), bytes);
}

/**
 * The version's ONNX export, written like the TensorFlow.js artifact (before any row names it,
 * size-checked, sha256 for ModelVersion.onnxSha256).
 */
export async function writeOnnxArtifact(
  store: ObjectStore,
  datasetId: string,
  versionId: string,
  bytes: Uint8Array,
): Promise<StoredArtifact> {
  return writeVerified(store, objectKeys.modelOnnx(datasetId, versionId), bytes);
}

async function writeVerified(store: ObjectStore, key: string, bytes: Uint8Array): Promise<StoredArtifact> {
  const sha256 = sha256Hex(bytes);
  await store.put(key, bytes, 'application/octet-stream');
  const info = await store.stat(key);
  if (!info || info.size !== bytes.byteLength) {
    throw new ArtifactError(`artifact ${key} did not store completely (${info?.size ?? 'missing'} bytes)`);
  }
  return { key, bytes: bytes.byteLength, sha256 };
}

/** Reads an artifact and refuses it when missing or when its checksum differs from the registry's. */
export async function readVerifiedArtifact(
  store: ObjectStore,
  version: { id: string; artifactKey: string; artifactSha256: string },
): Promise<Uint8Array> {
  if (!(await store.exists(version.artifactKey))) {
    throw new ArtifactError(`model version ${version.id}: artifact ${version.artifactKey} is missing`);
  }
  const bytes = new Uint8Array(await store.get(version.artifactKey));
  const actual = sha256Hex(bytes);
  if (actual !== version.artifactSha256) {
    throw new ArtifactError(
      `model version ${version.id}: artifact checksum ${actual} does not match the registry's ${version.artifactSha256}`,
    );
  }
  return bytes;
}

/** Cheap check for request paths (promotion): present with the recorded size. */
export async function artifactLooksIntact(
  store: ObjectStore,
  version: { artifactKey: string; artifactBytes: number },
): Promise<boolean> {
  const info = await store.stat(version.artifactKey);
  return info !== null && info.size === version.artifactBytes;
}
