import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { DomainError } from '../../shared/domain-error';

const refuse = (message: string): never => {
  throw new DomainError('VALIDATION_FAILED', `serverPath: ${message}`, { field: 'serverPath' });
};

const isInside = (root: string, candidate: string) =>
  candidate === root || candidate.startsWith(root.endsWith(path.sep) ? root : `${root}${path.sep}`);

/**
 * The folder startImport may scan: serverPath (absolute, or relative to the root) resolved with
 * symlinks followed, and only when it lies inside IMPORT_ROOT. Without this an admin's session (or
 * a stolen one) could make the API read any folder of the server (`/etc`). A path outside the root
 * is refused before the file system is asked, so the answer says nothing about what exists there.
 * The `hep2 import` CLI, run by an operator on the server, is not bound by it.
 */
export async function resolveImportFolder(importRoot: string, serverPath: string): Promise<string> {
  const root = await realpath(importRoot).catch(() =>
    refuse(`the import folder ${importRoot} (IMPORT_ROOT) does not exist on the server`),
  );
  const outside = () =>
    refuse(`${serverPath} is outside the import folder ${root}: copy the dataset there (IMPORT_ROOT)`);
  if (!isInside(root, path.resolve(root, serverPath))) outside();
  const dir = await realpath(path.resolve(root, serverPath)).catch(() => null);
  if (dir !== null && !isInside(root, dir)) outside();
  const info = dir === null ? null : await stat(dir).catch(() => null);
  if (!dir || !info?.isDirectory()) refuse(`${serverPath} is not a folder inside ${root}`);
  return dir as string;
}
