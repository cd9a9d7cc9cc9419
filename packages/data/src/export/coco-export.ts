import type { BinaryMask } from '../image/grey-image';
import { type Intensity, PATTERN_CLASSES, PATTERN_INFO, type PatternClass } from '../taxonomy/label-taxonomy';
import { type CocoRle, encodeRle, rleArea, rleBbox } from './coco-rle';

export interface CocoExportItem {
  specimenId: string;
  fileName: string;
  width: number;
  height: number;
  pattern: PatternClass;
  intensity?: Intensity;
  /** Review state of the labels, when the caller exports more than approved items. */
  status?: string;
  fold?: string;
  mask?: BinaryMask;
}

export interface CocoAttributes {
  specimen_id: string;
  pattern: PatternClass;
  icap: string;
  intensity: Intensity | null;
  status?: string;
  fold?: string;
}

export interface CocoDataset {
  info: { description: string; version: string; date_created: string };
  images: Array<{ id: number; file_name: string; width: number; height: number; attributes: CocoAttributes }>;
  annotations: Array<{
    id: number;
    image_id: number;
    category_id: number;
    segmentation: CocoRle;
    area: number;
    bbox: [number, number, number, number];
    iscrowd: 1;
    attributes: CocoAttributes;
  }>;
  categories: Array<{
    id: number;
    name: PatternClass;
    display_name: string;
    icap: string;
    supercategory: 'hep2';
  }>;
}

/**
 * COCO JSON with one RLE annotation per masked image (the union of its cells, hence iscrowd 1).
 * Pattern and intensity travel as image and annotation attributes; the category is the pattern.
 */
export function buildCocoDataset(
  items: readonly CocoExportItem[],
  description = 'HEp-2 export',
): CocoDataset {
  const categories = PATTERN_CLASSES.map((name, i) => ({
    id: i + 1,
    name,
    display_name: PATTERN_INFO[name].displayName,
    icap: PATTERN_INFO[name].icapCodes.join('/'),
    supercategory: 'hep2' as const,
  }));
  const dataset: CocoDataset = {
    info: { description, version: '1', date_created: new Date(0).toISOString() },
    images: [],
    annotations: [],
    categories,
  };
  items.forEach((item, i) => {
    const attributes: CocoAttributes = {
      specimen_id: item.specimenId,
      pattern: item.pattern,
      icap: PATTERN_INFO[item.pattern].icapCodes.join('/'),
      intensity: item.intensity ?? null,
      ...(item.status === undefined ? {} : { status: item.status }),
      ...(item.fold === undefined ? {} : { fold: item.fold }),
    };
    const imageId = i + 1;
    dataset.images.push({
      id: imageId,
      file_name: item.fileName,
      width: item.width,
      height: item.height,
      attributes,
    });
    if (!item.mask) return;
    const rle = encodeRle(item.mask);
    dataset.annotations.push({
      id: dataset.annotations.length + 1,
      image_id: imageId,
      category_id: PATTERN_CLASSES.indexOf(item.pattern) + 1,
      segmentation: rle,
      area: rleArea(rle),
      bbox: rleBbox(rle),
      iscrowd: 1,
      attributes,
    });
  });
  return dataset;
}
