/**
 * A display window from the histogram: the `lowFraction` and `highFraction` quantiles of the pixels
 * that are not exactly 0, so a dim 16-bit image (values in the low hundreds of 65535) fills the
 * colour range and padding or a black border does not pull Black down to 0 (which washed such
 * patches out next to their neighbours). Used where the specimen's own window is unknown.
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
  const counted = data.length - (histogram[0] as number);
  if (counted === 0) return { low: 0, high: 1 };
  const lowCount = counted * lowFraction;
  const highCount = counted * highFraction;
  let low = 0;
  let high = maxValue;
  let seen = 0;
  let lowFound = false;
  for (let v = 1; v <= maxValue; v++) {
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
