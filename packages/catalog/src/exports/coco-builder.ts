import { type CocoRle, decodeImage, encodeRle, rleArea, rleBbox } from '@hep2/data';
import type { DatasetContext } from '../datasets/dataset-context';
import type { ExportItem } from './export-items';

interface Attributes {
  specimen_id: string;
  pattern: string | null;
  icap: string | null;
  intensity: string | null;
  status: string;
  fold: number | null;
}

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

/**
 * COCO JSON over the dataset's own taxonomy (category id = class position + 1), one RLE annotation
 * per masked image (the union of its cells, hence iscrowd 1); pattern, ICAP code, intensity, status
 * and fold travel as attributes of the image and the annotation.
 */
export async function buildCoco(
  ctx: DatasetContext,
  items: readonly ExportItem[],
  fileOf: (item: ExportItem) => string,
  readMask: (key: string) => Promise<Uint8Array>,
): Promise<CocoExport> {
  const coco: CocoExport = {
    info: {
      description: `HEp-2 export of ${ctx.slug}`,
      version: '1',
      date_created: new Date().toISOString(),
    },
    images: [],
    annotations: [],
    categories: ctx.patterns.map((p) => ({
      id: p.position + 1,
      name: p.key,
      display_name: p.icapCodes.length ? `${p.name} (${p.icapCodes.join('/')})` : p.name,
      icap: p.icapCodes.join('/'),
      supercategory: 'hep2',
    })),
  };
  const byKey = new Map(ctx.patterns.map((p) => [p.key, p]));
  for (const item of items) {
    const cls = item.pattern ? byKey.get(item.pattern) : undefined;
    const attributes: Attributes = {
      specimen_id: item.specimen,
      pattern: item.pattern,
      icap: cls ? cls.icapCodes.join('/') : null,
      intensity: item.intensity,
      status: item.status,
      fold: item.fold,
    };
    const imageId = coco.images.length + 1;
    coco.images.push({
      id: imageId,
      file_name: fileOf(item),
      width: item.width,
      height: item.height,
      attributes,
    });
    if (!item.maskKey) continue;
    const decoded = await decodeImage(await readMask(item.maskKey));
    const data = new Uint8Array(decoded.width * decoded.height);
    for (let i = 0; i < data.length; i++) data[i] = decoded.data[i] ? 255 : 0;
    const rle = encodeRle({ width: decoded.width, height: decoded.height, data });
    coco.annotations.push({
      id: coco.annotations.length + 1,
      image_id: imageId,
      category_id: cls ? cls.position + 1 : null,
      segmentation: rle,
      area: rleArea(rle),
      bbox: rleBbox(rle),
      iscrowd: 1,
      attributes,
    });
  }
  return coco;
}
