import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export const IMAGE_EXTENSIONS = ['.png', '.tif', '.tiff', '.bmp', '.jpg', '.jpeg'];

/**
 * Files of a folder (two levels deep), to resolve manifest names that omit folders or extensions.
 * Symbolic links are followed, to files and to folders (labs link their data in rather than copy
 * it); a link back to a folder being walked is skipped, and broken links are left out.
 */
export async function listFolderFiles(dir: string, depth = 2): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string, level: number, ancestors: ReadonlySet<string>): Promise<void> {
    const here = path.join(dir, rel);
    const entries = await readdir(here, { withFileTypes: true });
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const target = await stat(path.join(here, e.name));
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue;
        }
      }
      if (isDir && level < depth && !e.name.startsWith('.')) {
        const real = await realpath(path.join(here, e.name));
        if (!ancestors.has(real)) await walk(child, level + 1, new Set([...ancestors, real]));
      } else if (isFile) out.push(child);
    }
  }
  await walk('', 0, new Set([await realpath(dir)]));
  return out.sort();
}

/**
 * Finds the file a manifest names, inside `dir` only: the exact relative path, else a unique image
 * whose name (or zero-padded number, as cell-crop sets use) matches, with any image extension.
 */
export function resolveManifestFile(
  dir: string,
  name: string,
  files: readonly string[],
): string | { error: string } {
  const root = path.resolve(dir);
  const exact = path.resolve(root, name);
  if (exact !== root && !exact.startsWith(root + path.sep))
    return { error: `${name} points outside the import folder` };
  const rel = path.relative(root, exact).split(path.sep).join('/');
  if (files.includes(rel)) return rel;
  const stem = name.replace(/\\/g, '/').split('/').pop() ?? name;
  const stems = new Set([stem.toLowerCase()]);
  if (/^\d+$/.test(stem)) for (const width of [5, 6, 4]) stems.add(stem.padStart(width, '0'));
  const matches = files.filter((f) => {
    const base = (f.split('/').pop() ?? f).toLowerCase();
    const ext = path.extname(base);
    return stems.has(base) || (IMAGE_EXTENSIONS.includes(ext) && stems.has(base.slice(0, -ext.length)));
  });
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length > 1) return { error: `${name} is ambiguous: ${matches.slice(0, 3).join(', ')}` };
  return { error: `file not found: ${name}` };
}
