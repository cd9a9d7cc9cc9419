'use client';
import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import type { ReviewItemQuery as ReviewItemData } from '@/gql/graphql';
import { defaultDisplay } from '../editor/display/display-settings';
import { specimenWindow } from '../editor/display/display-window';
import type { GreyImage } from '../editor/display/grey-image';
import { loadGreyImage, loadMask } from '../editor/display/image-cache';
import { buildLut } from '../editor/display/lut';
import type { Mask } from '../editor/mask/mask';
import { ReviewItemQuery } from './review.graphql';

export type ReviewAnnotation = ReviewItemData['patchAnnotations'][number];
export type ReviewPatch = ReviewItemData['patch'];

export interface ReviewPixels {
  image: GreyImage;
  lut: Uint8ClampedArray;
  /** Mask per annotation id (null where the annotation has none or it failed to load). */
  masks: Record<string, Mask | null>;
  groundTruth: Mask | null;
  /** The active model's proposed mask (null when there is none or it failed to load). */
  proposal: Mask | null;
}

const SHOWN = new Set(['SUBMITTED', 'APPROVED', 'REJECTED']);

/** A review item: the patch, every annotator's submission, and their pixels decoded. */
export function useReviewItem(patchId: string) {
  const [result, refetch] = useQuery({
    query: ReviewItemQuery,
    variables: { patchId },
    requestPolicy: 'network-only',
  });
  const [pixels, setPixels] = useState<ReviewPixels | null>(null);
  const [pixelError, setPixelError] = useState<string | null>(null);
  const annotations = useMemo(
    () =>
      (result.data?.patchAnnotations ?? [])
        .filter((a) => SHOWN.has(a.status))
        .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '')),
    [result.data],
  );
  const patch = result.data?.patch;

  useEffect(() => {
    if (!patch) return;
    let cancelled = false;
    setPixelError(null);
    const load = async () => {
      const image = await loadGreyImage(patch.imageUrl);
      // The specimen's own window, as the editor shows it by default (one look per specimen).
      const window = specimenWindow(image, patch.specimen.displayWindow ?? null);
      const settings = { ...defaultDisplay(image.maxValue), ...window };
      const entries = await Promise.all(
        annotations.map(
          async (a) => [a.id, a.maskUrl ? await loadMask(a.maskUrl).catch(() => null) : null] as const,
        ),
      );
      const [groundTruth, proposal] = await Promise.all(
        [patch.groundTruthMaskUrl, patch.proposal?.maskUrl].map((url) =>
          url ? loadMask(url).catch(() => null) : Promise.resolve(null),
        ),
      );
      return {
        image,
        lut: buildLut(image.maxValue, settings),
        masks: Object.fromEntries(entries),
        groundTruth: groundTruth ?? null,
        proposal: proposal ?? null,
      };
    };
    load()
      .then((p) => !cancelled && setPixels(p))
      .catch((e: unknown) => !cancelled && setPixelError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [patch, annotations]);

  return {
    result,
    patch,
    annotations,
    pixels: pixels && patch ? pixels : null,
    pixelError,
    refetch: () => refetch({ requestPolicy: 'network-only' }),
  };
}
