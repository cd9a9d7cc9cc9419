'use client';
import { useQuery } from 'urql';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { ExperimentReportFilesQuery } from './experiments.graphql';

/** Presigned links to every report file (Markdown, CSV, JSON, SVG figures); they expire, so refetch. */
export function ExperimentReportFiles({ experimentId }: { experimentId: string }) {
  const [result, refetch] = useQuery({
    query: ExperimentReportFilesQuery,
    variables: { id: experimentId },
    requestPolicy: 'network-only',
  });
  return (
    <section className="stack-sm" data-testid="experiment-report-files">
      <h3>Report files</h3>
      <QueryStates {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) =>
          data.experimentReport.length === 0 ? (
            <EmptyState title="No report files yet" />
          ) : (
            <ul className="small">
              {data.experimentReport.map((f) => (
                <li key={f.name}>
                  <a href={f.url} target="_blank" rel="noreferrer" download={f.name.split('/').pop()}>
                    {f.name}
                  </a>
                </li>
              ))}
            </ul>
          )
        }
      </QueryStates>
    </section>
  );
}
