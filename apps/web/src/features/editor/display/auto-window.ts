/**
 * A display window from the histogram: the `lowFraction` and `highFraction` quantiles, so a dim
 * 16-bit specimen (values in the low hundreds of 65535) fills the whole colour range.
 */
export function autoWindow(
  data: ArrayLike<number>,
  maxValue: number,
  lowFraction = 0.005,
  highFraction = 0.998,
): { low: number; high: number } {
  const histogram = new Uint32Array(maxValue + 1);
  for (let i = 0; i < data.length; i++)
    histogram[data[i] as number] = (histogram[data[i] as number] ?? 0) + 1;
  const lowCount = data.length * lowFraction;
  const highCount = data.length * highFraction;
  let low = 0;
  let high = maxValue;
  let seen = 0;
  let lowFound = false;
  for (let v = 0; v <= maxValue; v++) {
    seen += histogram[v] as number;
    if (!lowFound && seen > lowCount) {
      low = v;
      lowFound = true;
    }
    if (seen >= highCount) {
      high = v;
      break;
    }
  }
  return { low, high: Math.max(high, low + 1) };
}
