import type { TrainingSample } from '../src/train/batch.js';
import { Rng } from '../src/train/rng.js';

/**
 * Toy HEp-2-like patches: a bright disc (the "cell", = mask) whose texture encodes the pattern
 * class (0 flat, 1 speckles, 2 rings, 3 central blob) and whose brightness encodes intensity.
 */
export function syntheticPatches(count: number, size: number, seed = 3): TrainingSample[] {
  const rng = new Rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const pattern = i % 4;
    const intensity = Math.floor(i / 4) % 2;
    const cx = size * rng.uniform(0.4, 0.6);
    const cy = size * rng.uniform(0.4, 0.6);
    const radius = size * rng.uniform(0.25, 0.35);
    const gain = intensity === 1 ? 1 : 0.45;
    const image = new Float32Array(size * size);
    const mask = new Float32Array(size * size);
    for (let y = 0; y < size; y += 1) {
      for (let x = 0; x < size; x += 1) {
        const d = Math.hypot(x - cx, y - cy);
        if (d > radius) {
          image[y * size + x] = 0.05 * rng.next();
          continue;
        }
        mask[y * size + x] = 1;
        let tex = 0.7;
        if (pattern === 1) tex = rng.next() < 0.25 ? 1 : 0.4;
        if (pattern === 2) tex = 0.45 + 0.45 * Math.cos(d * 1.6);
        if (pattern === 3) tex = d < radius * 0.4 ? 1 : 0.3;
        image[y * size + x] = gain * tex;
      }
    }
    return { image, mask, pattern, intensity };
  });
}
