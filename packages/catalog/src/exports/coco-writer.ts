import { type CocoRle, decodeImage, encodeRle, rleArea, rleBbox } from '@hep2/data';
import type { DatasetContext } from '../datasets/dataset-context';
import { chunked, type ObjectReader, storedFile, streamedFile } from './export-file';
import type { ExportItem } from './export-items';
import { type ExportInput, type ExportWriter, imageFileOf } from './export-writer';

interface Attributes {
  specimen_id: string;
  pattern: string | null;
  icap: string | null;
  intensity: string | null;
  status: string;
  fold: number | null;
}

/** The shape of annotations.json (written piece by piece, in this key order). */
export interface CocoExport {
  info: { description: string; version: string; date_created: string };
  images: Array<{ id: number; file_name: string; width: number; height: number; attributes: Attributes }>;
  annotations: Array<{
    id: number;
    image_id: number;
    category_id: number | null;
    segmentation: CocoRle;
    area: number;
    bbox: [number, number, number, number];
    iscrowd: 1;
    attributes: Attributes;
  }>;
  categories: Array<{ id: number; name: string; display_name: string; icap: string; supercategory: 'hep2' }>;
}

function categoriesOf(ctx: DatasetContext): CocoExport['categories'] {
  return ctx.patterns.map((p) => ({
    id: p.position + 1,
    name: p.key,
    display_name: p.icapCodes.length ? `${p.name} (${p.icapCodes.join('/')})` : p.name,
    icap: p.icapCodes.join('/'),
    supercategory: 'hep2',
  }));
}

/**
 * annotations.json as it is written: the images first, then one RLE annotation per masked image,
 * each mask read and encoded when its turn comes (one at a time, whatever the dataset's size).
 */
async function* cocoJson(
  ctx: DatasetContext,
  items: readonly ExportItem[],
  readMask: (key: string) => Promise<Uint8Array>,
  onItem: () => void,
): AsyncIterable<string> {
  const byKey = new Map(ctx.patterns.map((p) => [p.key, p]));
  const attributesOf = (item: ExportItem): Attributes => {
    const cls = item.pattern ? byKey.get(item.pattern) : undefined;
    return {
      specimen_id: item.specimen,
      pattern: item.pattern,
      icap: cls ? cls.icapCodes.join('/') : null,
      intensity: item.intensity,
      status: item.status,
      fold: item.fold,
    };
  };
  const info = {
    description: `HEp-2 export of ${ctx.slug}`,
    version: '1',
    date_created: new Date().toISOString(),
  };
  yield `{"info":${JSON.stringify(info)},"images":[`;
  for (const [i, item] of items.entries()) {
    const image = {
      id: i + 1,
      file_name: imageFileOf(item),
      width: item.width,
      height: item.height,
      attributes: attributesOf(item),
    };
    yield `${i ? ',' : ''}${JSON.stringify(image)}`;
  }
  yield '],"annotations":[';
  let annotations = 0;
  for (const [i, item] of items.entries()) {
    if (item.maskKey) {
      const decoded = await decodeImage(await readMask(item.maskKey));
      const data = new Uint8Array(decoded.width * decoded.height);
      for (let p = 0; p < data.length; p++) data[p] = decoded.data[p] ? 255 : 0;
      const rle = encodeRle({ width: decoded.width, height: decoded.height, data });
      const cls = item.pattern ? byKey.get(item.pattern) : undefined;
      annotations += 1;
      const annotation = {
        id: annotations,
        image_id: i + 1,
        category_id: cls ? cls.position + 1 : null,
        segmentation: rle,
        area: rleArea(rle),
        bbox: rleBbox(rle),
        iscrowd: 1,
        attributes: attributesOf(item),
      };
      yield `${annotations > 1 ? ',' : ''}${JSON.stringify(annotation)}`;
    }
    onItem();
  }
  yield `],"categories":${JSON.stringify(categoriesOf(ctx))}}\n`;
}

/** annotations.json (one unit of progress per item), then every item's image. */
function cocoFiles(ctx: DatasetContext, items: readonly ExportItem[], store: ObjectReader) {
  const json = streamedFile('annotations.json', 'application/json', Math.max(1, items.length), (onUnit) =>
    chunked(cocoJson(ctx, items, (key) => store.get(key), onUnit)),
  );
  return [json, ...items.map((i) => storedFile(store, imageFileOf(i), i.imageKey))];
}

/**
 * COCO JSON over the dataset's own taxonomy (category id = class position + 1), one RLE annotation
 * per masked image (the union of its cells, hence iscrowd 1); pattern, ICAP code, intensity, status
 * and fold travel as attributes of the image and the annotation.
 */
export const cocoWriter: ExportWriter = {
  description:
    'annotations.json (COCO: RLE masks, pattern, ICAP code, intensity and fold as attributes) and the images.',
  write: (input: ExportInput) => ({
    items: input.items,
    files: cocoFiles(input.ctx, input.items, input.store),
    warnings: [],
  }),
};
