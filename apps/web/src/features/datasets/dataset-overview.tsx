'use client';
import Link from 'next/link';
import { useQuery } from 'urql';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { DatasetsOverviewQuery } from './datasets.graphql';
import { statusBars } from './patch-status';

/** Datasets with their size, taxonomy and patch counts by status, with links to their pages. */
export function DatasetOverview({
  reviewLinks = false,
  manageLinks = false,
}: {
  reviewLinks?: boolean;
  manageLinks?: boolean;
}) {
  const [result, refetch] = useQuery({ query: DatasetsOverviewQuery });
  return (
    <QueryStates {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) =>
        data.datasets.length === 0 ? (
          <EmptyState title="No datasets yet">
            Create one above, then import a folder or upload specimen images.
          </EmptyState>
        ) : (
          <div className="grid">
            {data.datasets.map((d) => (
              <section key={d.id} className="card">
                <h2>{d.name}</h2>
                <p className="muted small">
                  {d.stats.specimens} specimens · {d.stats.patches} patches of {d.patchSize} px · intensity{' '}
                  {d.intensityMode.toLowerCase()} · {d.annotatorsPerPatch} annotator(s) per patch
                </p>
                <div className="counts small">
                  {statusBars(d.stats.byStatus)
                    .filter((s) => s.count > 0)
                    .map((s) => (
                      <span key={s.status} className="status" style={{ color: s.colour }}>
                        {s.name} {s.count}
                      </span>
                    ))}
                </div>
                <div className="chips">
                  {d.patternClasses.map((c) => (
                    <span key={c.id} className="chip">
                      <span className="swatch" style={{ background: c.color }} /> {c.label}
                    </span>
                  ))}
                </div>
                <div className="row">
                  <Link className="button" href={`/annotate/${d.id}`}>
                    Label
                  </Link>
                  {reviewLinks && (
                    <Link className="button" href={`/review/${d.id}`}>
                      Review queue
                    </Link>
                  )}
                  {manageLinks && (
                    <>
                      <Link className="button" href={`/admin/datasets/${d.id}`} data-testid="manage-dataset">
                        Manage
                      </Link>
                      <Link className="button" href={`/admin/training/${d.id}`}>
                        Training
                      </Link>
                    </>
                  )}
                </div>
              </section>
            ))}
          </div>
        )
      }
    </QueryStates>
  );
}
