'use client';
import { useState } from 'react';
import { useQuery } from 'urql';
import type { AnnotationStatus } from '@/gql/graphql';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { MyAnnotationsQuery } from '../workflow/my-work.graphql';
import { MyThroughput } from './my-throughput';

const FILTERS: { value: AnnotationStatus | null; label: string }[] = [
  { value: null, label: 'All' },
  { value: 'DRAFT', label: 'Drafts' },
  { value: 'SUBMITTED', label: 'Submitted' },
  { value: 'REJECTED', label: 'Returned' },
  { value: 'APPROVED', label: 'Approved' },
  { value: 'SCORED', label: 'Gold (scored)' },
];

/** The annotator's own annotations, newest first, with the curator's comment on returned ones. */
export function MyHistory() {
  const [status, setStatus] = useState<AnnotationStatus | null>(null);
  const [result, refetch] = useQuery({ query: MyAnnotationsQuery, variables: { first: 50, status } });
  return (
    <div className="stack">
      <h1 className="page-title">My work</h1>
      <MyThroughput />
      <div className="segmented" role="tablist">
        {FILTERS.map((f) => (
          <button
            key={f.label}
            type="button"
            role="tab"
            aria-selected={status === f.value}
            className={status === f.value ? 'button active' : 'button'}
            onClick={() => setStatus(f.value)}
          >
            {f.label}
          </button>
        ))}
      </div>
      <QueryStates {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) =>
          data.myAnnotations.edges.length === 0 ? (
            <EmptyState title="Nothing here yet">Annotations you save or submit are listed here.</EmptyState>
          ) : (
            <table className="table" data-testid="history-table">
              <thead>
                <tr>
                  <th>Specimen / patch</th>
                  <th>Pattern</th>
                  <th>Intensity</th>
                  <th>Mask px</th>
                  <th>Status</th>
                  <th>Changed</th>
                  <th>Curator’s comment</th>
                </tr>
              </thead>
              <tbody>
                {data.myAnnotations.edges.map(({ node: a }) => (
                  <tr key={a.id}>
                    <td>
                      {a.patch.specimen.externalId}{' '}
                      <span className="muted small">
                        ({a.patch.x}, {a.patch.y})
                      </span>
                    </td>
                    <td>
                      {a.patternClass ? (
                        <>
                          <span className="swatch" style={{ background: a.patternClass.color }} />{' '}
                          {a.patternClass.label}
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>{a.intensityLevel?.name ?? '—'}</td>
                    <td>{a.maskArea ?? '—'}</td>
                    <td>
                      <span className={`status status-${a.status.toLowerCase()}`}>
                        {a.status.toLowerCase()}
                      </span>
                    </td>
                    <td>{new Date(a.updatedAt).toLocaleString()}</td>
                    <td className="comment">{a.returnComment ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryStates>
    </div>
  );
}
