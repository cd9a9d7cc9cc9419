import { type McLogitTable, selectRows } from './mc-temperature';
import type { ServedSamples } from './served-samples';
import { binaryLogitsToTwoColumn } from './temperature-scaling';

/** Labels of one validation patch, as the heads index them (-1 = not labelled). */
export interface PatchLabels {
  pattern: number;
  intensity: number;
  /** {0, 1} per pixel at the model's input size, or null when the patch has no mask. */
  mask: Float32Array | null;
}

export interface HeadTables {
  pattern: McLogitTable;
  intensity: McLogitTable;
  /** One row per kept pixel of each patch ([0, z] columns); null when no patch has a mask. */
  mask: McLogitTable | null;
}

/** Per-head tables of the served samples, rows in patch order. */
export function headTables(
  served: ServedSamples,
  labels: readonly PatchLabels[],
  classes: number,
): HeadTables {
  const levels = labels.length > 0 ? (served.intensity[0]?.length ?? 0) / labels.length : 2;
  const index = served.maskPixelIndex;
  const maskLabels = new Int32Array(labels.length * index.length).fill(-1);
  labels.forEach((l, i) => {
    if (!l.mask) return;
    for (const [j, p] of index.entries())
      maskLabels[i * index.length + j] = (l.mask[p] as number) >= 0.5 ? 1 : 0;
  });
  return {
    pattern: { samples: served.pattern, labels: Int32Array.from(labels, (l) => l.pattern), classes },
    intensity: {
      samples: served.intensity,
      labels: Int32Array.from(labels, (l) => l.intensity),
      classes: levels,
    },
    mask: labels.some((l) => l.mask)
      ? { samples: served.mask.map(binaryLogitsToTwoColumn), labels: maskLabels, classes: 2 }
      : null,
  };
}

/** The tables restricted to some patches (by position in the patch order). */
export function tablesForPatches(
  tables: HeadTables,
  patches: readonly number[],
  maskPixels: number,
): HeadTables {
  const pixelRows = patches.flatMap((i) => Array.from({ length: maskPixels }, (_, j) => i * maskPixels + j));
  return {
    pattern: selectRows(tables.pattern, patches),
    intensity: selectRows(tables.intensity, patches),
    mask: tables.mask ? selectRows(tables.mask, pixelRows) : null,
  };
}
