/** The level one step weaker or stronger than `currentId` (levels sorted weakest first). */
export function stepIntensity(
  levels: readonly { id: string }[],
  currentId: string | null,
  delta: -1 | 1,
): string | null {
  if (levels.length === 0) return null;
  const index = levels.findIndex((l) => l.id === currentId);
  if (index < 0) return (delta > 0 ? levels[levels.length - 1] : levels[0])?.id ?? null;
  const next = Math.min(levels.length - 1, Math.max(0, index + delta));
  return levels[next]?.id ?? null;
}
