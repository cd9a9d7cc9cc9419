'use client';
import Link from 'next/link';
import { useQuery } from 'urql';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { AnnotatorHomeQuery, DatasetQueueCountsQuery } from '../workflow/my-work.graphql';

function QueueCounts({ datasetId }: { datasetId: string }) {
  const [{ data, error }] = useQuery({ query: DatasetQueueCountsQuery, variables: { datasetId } });
  if (error) return <span className="muted small">counts unavailable</span>;
  if (!data) return <span className="muted small">…</span>;
  const c = data.queueCounts;
  return (
    <span className="counts small">
      <span>{c.queued} queued</span>
      <span>{c.inProgress} in progress</span>
      <span>{c.submitted} submitted</span>
      <span>{c.approved} approved</span>
    </span>
  );
}

/** The annotator's start page: datasets to label and work a curator sent back. */
export function AnnotatorHome() {
  const [result, refetch] = useQuery({ query: AnnotatorHomeQuery });
  return (
    <QueryStates {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => (
        <div className="stack">
          <h1 className="page-title">Label</h1>
          {data.myReturnedWork.length > 0 && (
            <section className="card" aria-label="Returned work">
              <h2>Returned to you ({data.myReturnedWork.length})</h2>
              <p className="muted small">
                A curator sent these back. They come first when you start labeling.
              </p>
              <ul className="list">
                {data.myReturnedWork.map((a) => (
                  <li key={a.id} className="list-row">
                    <span>
                      <strong>{a.patch.specimen.externalId}</strong> · {a.patternClass?.label ?? 'no pattern'}
                    </span>
                    <span className="comment">“{a.returnComment ?? 'no comment'}”</span>
                    <Link className="button" href={`/annotate/${a.patch.datasetId}`}>
                      Fix it
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section className="card" aria-label="Datasets">
            <h2>Datasets</h2>
            {data.datasets.length === 0 ? (
              <EmptyState title="No datasets yet">An admin imports datasets; they appear here.</EmptyState>
            ) : (
              <ul className="list">
                {data.datasets.map((d) => (
                  <li key={d.id} className="list-row">
                    <span>
                      <strong>{d.name}</strong>
                      <span className="muted small"> {d.description}</span>
                    </span>
                    <QueueCounts datasetId={d.id} />
                    <Link
                      className="button button-primary"
                      href={`/annotate/${d.id}`}
                      data-testid="start-labeling"
                    >
                      Start labeling
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      )}
    </QueryStates>
  );
}
