/**
 * Running per-pixel statistics of the mask over MC-dropout samples: the mean probability (what is
 * served), its variance and the mean per-sample binary entropy (BALD's expected entropy). Float64
 * sums, so many samples of small values do not lose precision.
 */
export class MaskSampleStats {
  private readonly sumP: Float64Array;
  private readonly sumP2: Float64Array;
  private readonly sumH: Float64Array;
  private count = 0;

  constructor(readonly size: number) {
    this.sumP = new Float64Array(size);
    this.sumP2 = new Float64Array(size);
    this.sumH = new Float64Array(size);
  }

  get samples(): number {
    return this.count;
  }

  /** One sample: tempered probabilities p and their binary entropies h, same length as `size`. */
  add(p: ArrayLike<number>, h: ArrayLike<number>): void {
    for (let i = 0; i < this.size; i += 1) {
      const v = p[i] as number;
      this.sumP[i] = (this.sumP[i] as number) + v;
      this.sumP2[i] = (this.sumP2[i] as number) + v * v;
      this.sumH[i] = (this.sumH[i] as number) + (h[i] as number);
    }
    this.count += 1;
  }

  mean(): Float32Array {
    return Float32Array.from(this.sumP, (s) => s / this.count);
  }

  /** Population variance across samples (0 for one sample); clamped at 0 against rounding. */
  variance(): Float32Array {
    return Float32Array.from(this.sumP, (s, i) => {
      const m = s / this.count;
      return Math.max(0, (this.sumP2[i] as number) / this.count - m * m);
    });
  }

  expectedEntropy(): Float32Array {
    return Float32Array.from(this.sumH, (s) => s / this.count);
  }
}
