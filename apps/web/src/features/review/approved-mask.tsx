'use client';
import { useEffect, useState } from 'react';
import { defaultDisplay } from '../editor/display/display-settings';
import { type SpecimenWindow, specimenWindow } from '../editor/display/display-window';
import type { GreyImage } from '../editor/display/grey-image';
import { loadGreyImage, loadMask } from '../editor/display/image-cache';
import { buildLut } from '../editor/display/lut';
import type { Mask } from '../editor/mask/mask';
import { MaskCompareCanvas } from './mask-compare-canvas';

const APPROVED_COLOUR: [number, number, number] = [255, 64, 200];

/** The mask a patch was approved with, over its image in the specimen's window. */
export function ApprovedMask({
  imageUrl,
  maskUrl,
  displayWindow,
  label,
}: {
  imageUrl: string;
  maskUrl: string;
  displayWindow: SpecimenWindow | null;
  label: string;
}) {
  const [shown, setShown] = useState<{ image: GreyImage; lut: Uint8ClampedArray; mask: Mask } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    Promise.all([loadGreyImage(imageUrl), loadMask(maskUrl)])
      .then(([image, mask]) => {
        const settings = { ...defaultDisplay(image.maxValue), ...specimenWindow(image, displayWindow) };
        if (!cancelled) setShown({ image, mask, lut: buildLut(image.maxValue, settings) });
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [imageUrl, maskUrl, displayWindow]);
  if (failed) return <p className="muted small">The approved mask could not be loaded.</p>;
  if (!shown) return <p className="muted small">Loading the approved mask…</p>;
  return (
    <figure className="compare-cell">
      <MaskCompareCanvas
        image={shown.image}
        lut={shown.lut}
        masks={[{ mask: shown.mask, colour: APPROVED_COLOUR }]}
        opacity={0.5}
        size={220}
        label={label}
        testId="approved-mask"
      />
      <figcaption className="small muted">{label}</figcaption>
    </figure>
  );
}
