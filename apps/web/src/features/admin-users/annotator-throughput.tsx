'use client';
import { useState } from 'react';
import { useQuery } from 'urql';
import type { AnnotatorThroughputQuery as ThroughputData } from '../../gql/graphql';
import { DailyBars } from '../charts/daily-bars';
import { DaysPicker } from '../ui/days-picker';
import { downloadCsv } from '../ui/download-csv';
import { DASH, duration, fmt, pct, when } from '../ui/format';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { AnnotatorThroughputQuery } from './users.graphql';

type Row = ThroughputData['annotatorThroughput'][number];

/** Per-annotator speed and review outcomes on one dataset, over a window the admin picks. */
export function AnnotatorThroughput({ datasetId }: { datasetId: string }) {
  const [days, setDays] = useState<number>(7);
  const [result, refetch] = useQuery({ query: AnnotatorThroughputQuery, variables: { datasetId, days } });
  return (
    <div className="stack-sm">
      <div className="row">
        <h3 className="grow">Throughput and review outcomes</h3>
        <DaysPicker days={days} onChange={setDays} />
      </div>
      <QueryStates {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) =>
          data.annotatorThroughput.length === 0 ? (
            <EmptyState title="No work in this window">
              Nobody claimed, submitted or had work reviewed on this dataset in the window.
            </EmptyState>
          ) : (
            <>
              <ThroughputTable rows={data.annotatorThroughput} />
              <div className="row">
                <button
                  type="button"
                  className="button"
                  onClick={() =>
                    downloadCsv(`annotator-throughput-${days}d.csv`, csvRows(data.annotatorThroughput))
                  }
                >
                  Download CSV
                </button>
              </div>
            </>
          )
        }
      </QueryStates>
      <p className="muted small">
        Time per patch runs from claim to submission. Active time counts each patch up to 10 minutes, so a
        patch left open over a break does not inflate it; under a minute of it gives no hourly rate. Proposal
        kept: mean Dice between the model’s proposed mask and the submitted one (1 = kept as proposed). Days
        are UTC.
      </p>
    </div>
  );
}

/** The table's figures unrounded, one column per day at the end, for a lab's own spreadsheets. */
function csvRows(rows: readonly Row[]) {
  const days = rows[0]?.daily.map((d) => d.day) ?? [];
  return [
    [
      'annotator',
      'user id',
      'submitted',
      'skipped',
      'expired',
      'submissions per active hour',
      'median seconds per patch',
      'p90 seconds per patch',
      'active hours',
      'reviewed',
      'approved',
      'edited by curator',
      'rejected',
      'rejection rate',
      'mean proposal dice',
      'mean review dice',
      'last active (UTC)',
      ...days,
    ],
    ...rows.map((r) => [
      r.userName,
      r.userId,
      r.submitted,
      r.skipped,
      r.expired,
      r.submissionsPerHour,
      r.medianSecondsPerPatch,
      r.p90SecondsPerPatch,
      r.activeHours,
      r.reviewed,
      r.approved,
      r.editedByCurator,
      r.rejected,
      r.rejectionRate,
      r.meanProposalDice,
      r.meanReviewDice,
      r.lastActiveAt,
      ...r.daily.map((d) => d.submitted),
    ]),
  ];
}

function ThroughputTable({ rows }: { rows: readonly Row[] }) {
  return (
    <table className="table" data-testid="annotator-throughput">
      <thead>
        <tr>
          <th>Annotator</th>
          <th>Submitted</th>
          <th>Per active hour</th>
          <th>Median / p90 per patch</th>
          <th>Skipped · expired</th>
          <th>Reviewed</th>
          <th>Rejected</th>
          <th>Edited by curator</th>
          <th>Proposal kept (Dice)</th>
          <th title="Dice between the submitted masks and the approved ones: 1 = curators kept them, lower = they redrew">
            Mask kept by curators (Dice)
          </th>
          <th>Per day</th>
          <th>Last active</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.userId}>
            <td>{r.userName}</td>
            <td>{r.submitted}</td>
            <td>{fmt(r.submissionsPerHour, 1)}</td>
            <td>
              {duration(r.medianSecondsPerPatch)} / {duration(r.p90SecondsPerPatch)}
            </td>
            <td>
              {r.skipped} · {r.expired}
            </td>
            <td>{r.reviewed}</td>
            <td>{r.reviewed ? `${r.rejected} (${pct(r.rejectionRate, 0)})` : DASH}</td>
            <td>{r.reviewed ? r.editedByCurator : DASH}</td>
            <td>{fmt(r.meanProposalDice, 2)}</td>
            <td>{fmt(r.meanReviewDice, 2)}</td>
            <td>
              <DailyBars daily={r.daily} />
            </td>
            <td>{when(r.lastActiveAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
