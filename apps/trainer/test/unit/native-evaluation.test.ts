import { resizeArea } from '@hep2/data';
import { describe, expect, it } from 'vitest';
import type { LabelledSample } from '../../src/features/data/sample-loader';
import { maskBaselines } from '../../src/features/evaluation/baselines';
import { maskEvaluation } from '../../src/features/evaluation/evaluate-model';
import { nativeTruthOf, packBits, unpackBits } from '../../src/features/evaluation/native-truth';
import { labelledSample } from '../support/labelled-sample';

const N = 96;
const n = 32;

/** A 96x96 truth with one vertical 1-px line, column 49 (the centre of 32-px column 16). */
function line(): Uint8Array {
  const y = new Uint8Array(N * N);
  for (let r = 0; r < N; r += 1) y[r * N + 49] = 1;
  return y;
}

const sample = (o: Partial<LabelledSample>) => labelledSample(n * n, o);

describe('native-resolution truth', () => {
  it('packs and unpacks bits (a length that is not a multiple of 8)', () => {
    const on = Uint8Array.from({ length: 21 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    expect(packBits(on)).toHaveLength(3);
    expect(Array.from(unpackBits(packBits(on), 21))).toEqual(Array.from(on));
  });

  it('refuses an image and a mask of different sizes', () => {
    const img = { width: 4, height: 4, data: new Uint8Array(16) };
    expect(nativeTruthOf(img, { width: 4, height: 3, data: new Uint8Array(12) })).toBeNull();
  });
});

describe('mask evaluation at native resolution', () => {
  // A model perfect at 32 px predicts the coverage of the line: 1/3 in column 16. Shrunk to 32 px the
  // truth is empty (coverage < 1/2), so at input size the empty prediction "matches" (Dice 1). At 96 px
  // (hand-computed in packages/model/test/native-resolution.test.ts): Dice 0 at 0.5, 1 at 0.25 and 0.3,
  // 0.5 at 0.2; the tie 0.25 / 0.3 goes to 0.3.
  const truth = line();
  const probs = resizeArea(truth, N, N, n);
  const image = new Uint8Array(N * N).map((_, i) => (truth[i] ? 200 : 10));
  const native = nativeTruthOf({ width: N, height: N, data: image }, { width: N, height: N, data: truth });

  it('reports native Dice at the chosen threshold, at 0.5, and the flattering input-size figure', () => {
    const s = sample({ mask: new Float32Array(n * n), native: native ?? undefined });
    const m = maskEvaluation([s, sample({ mask: null })], concat(probs, new Float32Array(n * n)), n);
    expect(m?.metrics.resolution).toBe('native');
    expect(m?.metrics.patches).toBe(1);
    expect(m?.metrics.threshold).toBe(0.3);
    expect(m?.metrics.dice).toBe(1);
    expect(m?.metrics.diceAt05).toBe(0);
    expect(m?.metrics.diceAtInput).toBe(1);
    expect(m?.metrics.thresholdCurve.find((p) => p.threshold === 0.2)?.dice).toBeCloseTo(0.5, 12);
    expect(m?.specimen).toEqual({ dice: 1, specimens: 1 });
  });

  it('falls back to input size, and says so, without native truth', () => {
    const s = sample({ mask: new Float32Array(n * n) });
    const m = maskEvaluation([s], probs, n);
    expect(m?.metrics.resolution).toBe('input');
    // Empty truth at 32 px: every threshold >= 1/3 gives Dice 1; ties go to the one nearest 0.5.
    expect(m?.metrics.threshold).toBe(0.5);
    expect(m?.metrics.dice).toBe(1);
  });

  it('computes the Otsu and all-foreground baselines at native resolution too', () => {
    // Input-size image: the line's coverage; its shrunk truth is empty.
    const s = sample({
      image: Float32Array.from(probs),
      mask: new Float32Array(n * n),
      native: native ?? undefined,
    });
    const b = maskBaselines([s]);
    expect(b?.resolution).toBe('native');
    // Native: Otsu of the 96 px image finds the line exactly (Dice 1); all-foreground: tp 96,
    // fp 9120 -> 192 / 9312.
    expect(b?.otsu.dice).toBe(1);
    expect(b?.allForeground.dice).toBeCloseTo(192 / 9312, 12);
    // At input size the truth is empty: Otsu marks column 16 (Dice 0), all-foreground Dice 0.
    expect(b?.atInput.otsu.dice).toBe(0);
    expect(b?.atInput.allForeground.dice).toBe(0);
  });
});

function concat(a: Float32Array, b: Float32Array): Float32Array {
  const out = new Float32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
