import type { LabelledSample } from '../../src/features/data/sample-loader';

/**
 * A curated sample of patch `p` of specimen `s` with a blank image of `pixels` pixels and no labels;
 * `labels` sets what a test needs (a mask, a pattern, an intensity, an image).
 */
export const labelledSample = (pixels: number, labels: Partial<LabelledSample> = {}): LabelledSample => ({
  image: new Float32Array(pixels),
  mask: null,
  pattern: null,
  intensity: null,
  patchId: 'p',
  specimenId: 's',
  weak: false,
  ...labels,
});
