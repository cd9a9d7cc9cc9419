/** confusion[true][predicted] as a heat-mapped table, each row shaded by its own total (recall view). */
export function ConfusionMatrix({
  matrix,
  labels,
}: {
  matrix: readonly (readonly number[])[];
  labels: readonly string[];
}) {
  return (
    <div className="confusion-wrap">
      <table className="confusion" data-testid="confusion-matrix">
        <thead>
          <tr>
            <th className="muted small">true ↓ / predicted →</th>
            {matrix[0]?.map((_, j) => (
              <th key={labels[j] ?? j} title={labels[j]}>
                {short(labels[j] ?? String(j))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.map((row, i) => {
            const total = row.reduce((a, b) => a + b, 0);
            return (
              <tr key={labels[i] ?? i}>
                <th title={labels[i]}>{short(labels[i] ?? String(i))}</th>
                {row.map((count, j) => {
                  const share = total > 0 ? count / total : 0;
                  const diagonal = i === j;
                  const colour = diagonal ? `rgba(129,199,132,${share})` : `rgba(239,83,80,${share})`;
                  return (
                    // biome-ignore lint/suspicious/noArrayIndexKey: fixed matrix positions
                    <td key={j} style={{ background: colour }} title={`${count} of ${total}`}>
                      {count}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const short = (s: string) => (s.length > 12 ? `${s.slice(0, 11)}…` : s);
