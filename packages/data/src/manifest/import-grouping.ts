/**
 * Which images belong together (one patient's specimen / well): the unit that folds and validation
 * must never split. A Specimen row of the platform is one image; its group goes to metadata.group.
 *
 * - `column`: the manifest's specimen column (default when the manifest has one);
 * - `folder`: the image's parent folder, relative to the import folder (`.` at the top);
 * - `pattern:<regex>`: the first capture group (else the whole match) of a regex on the file name;
 * - `seed`: the seed's naming, `00003_p0_patch0.tif` -> `00003`;
 * - `file`: every image its own group.
 */
export type GroupBy = 'column' | 'folder' | 'seed' | 'file' | `pattern:${string}`;

export type GroupSource = 'column' | 'folder' | 'seed' | 'file' | 'pattern';

export const GROUP_BY_HELP = 'column | folder | seed | file | pattern:<regex>';

/** The seed's file naming: specimen number, image (p0..p3), optional patch index. */
export const SEED_NAMING = /^(\d+)_p\d+(?:_patch\d+)?(?:\.[a-z0-9]+)?$/i;

/** Images above which "every image its own specimen" is worth a loud warning. */
export const LONE_GROUP_WARNING_ROWS = 20;

export class GroupByError extends Error {
  override name = 'GroupByError';
}

/** Reads a --group-by value; throws GroupByError naming the choices. */
export function parseGroupBy(text: string): GroupBy {
  const t = text.trim();
  if (t === 'column' || t === 'folder' || t === 'seed' || t === 'file') return t;
  if (t.startsWith('pattern:')) {
    groupRegex(t);
    return t as GroupBy;
  }
  throw new GroupByError(`group-by "${text}": expected ${GROUP_BY_HELP}`);
}

function groupRegex(groupBy: string): RegExp {
  const source = groupBy.slice('pattern:'.length);
  if (!source) throw new GroupByError('group-by pattern: the regex is empty');
  try {
    return new RegExp(source);
  } catch (err) {
    throw new GroupByError(`group-by pattern: ${(err as Error).message}`);
  }
}

export function fileName(p: string): string {
  return p.split('/').pop() ?? p;
}

export function fileStem(p: string): string {
  return fileName(p).replace(/\.[^.]+$/, '');
}

/**
 * The grouping to use: the one asked for, else the specimen column when the manifest has one, else
 * the seed's naming when every image follows it, else one group per image.
 */
export function resolveGroupBy(
  asked: GroupBy | undefined,
  hasSpecimenColumn: boolean,
  imagePaths: readonly string[],
): { by: GroupBy; detected: boolean } {
  if (asked === 'column' && !hasSpecimenColumn)
    throw new GroupByError('group-by column: the manifest has no specimen column');
  if (asked) return { by: asked, detected: false };
  if (hasSpecimenColumn) return { by: 'column', detected: true };
  if (imagePaths.length > 0 && imagePaths.every((p) => SEED_NAMING.test(fileName(p))))
    return { by: 'seed', detected: true };
  return { by: 'file', detected: true };
}

/** Makes the group of one image, or says why it has none. */
export function grouper(
  by: GroupBy,
): (
  imagePath: string,
  specimen: string | undefined,
) => { group: string; source: GroupSource } | { error: string } {
  const ofFile = (p: string) => ({ group: fileStem(p), source: 'file' as const });
  if (by === 'column') return (p, specimen) => (specimen ? { group: specimen, source: 'column' } : ofFile(p));
  if (by === 'file') return (p) => ofFile(p);
  if (by === 'folder')
    return (p) => ({ group: p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.', source: 'folder' });
  const regex = by === 'seed' ? SEED_NAMING : groupRegex(by);
  const source: GroupSource = by === 'seed' ? 'seed' : 'pattern';
  return (p) => {
    const m = regex.exec(fileName(p));
    const group = m?.[1] ?? m?.[0];
    if (!group)
      return {
        error: `file name ${fileName(p)} does not match the ${by === 'seed' ? "seed's naming (00003_p0_patch0.tif)" : `group pattern ${regex.source}`}`,
      };
    return { group, source };
  };
}
