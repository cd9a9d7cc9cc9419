/** Patch -> specimen aggregation of class posteriors. */
export interface SpecimenPrediction {
  specimenId: string;
  /** Most frequent patch label (ties -> lowest index); -1 if no patch is labelled. */
  label: number;
  majorityVote: number;
  averagedPosterior: number;
  meanProbs: number[];
  patches: number;
}

function argmax(v: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < v.length; k += 1) if ((v[k] as number) > (v[best] as number)) best = k;
  return best;
}

/**
 * Majority vote over patch argmaxes (ties broken by the summed posterior of the tied classes) and
 * argmax of the averaged posterior, per specimen in order of first appearance.
 */
export function aggregateBySpecimen(
  specimenIds: readonly string[],
  probs: ArrayLike<number>,
  labels: ArrayLike<number>,
  classes: number,
): SpecimenPrediction[] {
  const groups = new Map<string, number[]>();
  specimenIds.forEach((id, i) => {
    const g = groups.get(id);
    if (g) g.push(i);
    else groups.set(id, [i]);
  });
  return [...groups.entries()].map(([specimenId, idx]) => {
    const votes = new Array<number>(classes).fill(0);
    const sum = new Array<number>(classes).fill(0);
    const labelVotes = new Array<number>(classes).fill(0);
    for (const i of idx) {
      const row = Array.from({ length: classes }, (_, k) => probs[i * classes + k] as number);
      const p = argmax(row);
      votes[p] = (votes[p] as number) + 1;
      row.forEach((v, k) => {
        sum[k] = (sum[k] as number) + v;
      });
      const y = labels[i] as number;
      if (y >= 0) labelVotes[y] = (labelVotes[y] as number) + 1;
    }
    const top = Math.max(...votes);
    const tieScore = votes.map((v, k) => (v === top ? (sum[k] as number) : Number.NEGATIVE_INFINITY));
    return {
      specimenId,
      label: labelVotes.some((v) => v > 0) ? argmax(labelVotes) : -1,
      majorityVote: argmax(tieScore),
      averagedPosterior: argmax(sum),
      meanProbs: sum.map((v) => v / idx.length),
      patches: idx.length,
    };
  });
}
