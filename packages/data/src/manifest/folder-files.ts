import { readdir } from 'node:fs/promises';
import path from 'node:path';

const IMAGE_EXTENSIONS = ['.png', '.tif', '.tiff', '.bmp', '.jpg', '.jpeg'];

/** Files of a folder (two levels deep), to resolve manifest names that omit folders or extensions. */
export async function listFolderFiles(dir: string, depth = 2): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string, level: number): Promise<void> {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && level < depth && !e.name.startsWith('.')) await walk(child, level + 1);
      else if (e.isFile()) out.push(child);
    }
  }
  await walk('', 0);
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
