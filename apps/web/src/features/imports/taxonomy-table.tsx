import type { DatasetAdminQuery } from '@/gql/graphql';

type Dataset = DatasetAdminQuery['dataset'];

/** The label classes in model order, with ICAP codes and editor shortcuts. */
export function TaxonomyTable({ dataset }: { dataset: Dataset }) {
  const classes = [...dataset.patternClasses].sort((a, b) => a.position - b.position);
  const levels = [...dataset.intensityLevels].sort((a, b) => a.rank - b.rank);
  return (
    <section className="panel stack-sm" aria-label="Taxonomy">
      <h3>Taxonomy</h3>
      <table className="table small">
        <thead>
          <tr>
            <th>#</th>
            <th>Pattern</th>
            <th>Key</th>
            <th>ICAP</th>
            <th>Key</th>
          </tr>
        </thead>
        <tbody>
          {classes.map((c) => (
            <tr key={c.id}>
              <td>{c.position}</td>
              <td>
                <span className="swatch" style={{ background: c.color }} /> {c.name}
              </td>
              <td className="muted">{c.key}</td>
              <td>{c.icapCodes.join(', ') || '—'}</td>
              <td>{c.shortcut ? <kbd>{c.shortcut}</kbd> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small">
        Intensity ({dataset.intensityMode.toLowerCase()}): {levels.map((l) => l.name).join(' < ')}
      </p>
      <p className="muted small">
        Patches {dataset.patchSize} px, stride {dataset.strideX}×{dataset.strideY}.
      </p>
    </section>
  );
}
