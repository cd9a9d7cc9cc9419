import { createWriteStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

export interface ZippedFolder {
  files: number;
  bytes: number;
}

/**
 * Zips every file under `dir` (following symbolic links, as `hep2 import` does; hidden files
 * skipped) into `target`, streaming from disk so a folder of any size fits in memory.
 */
export async function zipFolder(
  dir: string,
  target: string,
  onProgress: (filesAdded: number) => void = () => {},
): Promise<ZippedFolder> {
  const files = await listFiles(dir);
  if (files.length === 0) throw new Error(`${dir} holds no files`);
  const zip = new yazl.ZipFile();
  const written = pipeline(zip.outputStream, createWriteStream(target));
  let bytes = 0;
  files.forEach((file, i) => {
    bytes += file.size;
    // Images are already compressed (PNG, TIFF with LZW...): storing them is as small and far faster.
    zip.addFile(file.full, file.name, { compress: !/\.(png|jpe?g|tiff?|gz|zip)$/i.test(file.name) });
    if ((i + 1) % 200 === 0 || i + 1 === files.length) onProgress(i + 1);
  });
  zip.end();
  await written;
  return { files: files.length, bytes };
}

interface FolderFile {
  full: string;
  /** Path inside the archive, with forward slashes. */
  name: string;
  size: number;
}

async function listFiles(root: string, dir = root, seen = new Set<string>()): Promise<FolderFile[]> {
  const out: FolderFile[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    const info = await stat(full); // follows links
    if (info.isDirectory()) {
      // A link back up the tree would loop forever.
      const id = `${info.dev}:${info.ino}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(...(await listFiles(root, full, seen)));
    } else if (info.isFile()) {
      out.push({ full, name: path.relative(root, full).split(path.sep).join('/'), size: info.size });
    }
  }
  return out;
}
