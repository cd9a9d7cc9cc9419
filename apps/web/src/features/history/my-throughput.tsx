'use client';
import { useState } from 'react';
import { useQuery } from 'urql';
import { DailyBars } from '../charts/daily-bars';
import { Fact } from '../ui/fact';
import { duration, fmt } from '../ui/format';
import { MyThroughputQuery } from '../workflow/my-work.graphql';

const WINDOWS = [
  { days: 1, label: 'Today' },
  { days: 7, label: '7 days' },
  { days: 30, label: '30 days' },
] as const;

/** The annotator's own pace and review outcomes: a glance at the day's progress, on every dataset. */
export function MyThroughput() {
  const [days, setDays] = useState<number>(1);
  const [result] = useQuery({
    query: MyThroughputQuery,
    variables: { days },
    requestPolicy: 'cache-and-network',
  });
  const mine = result.data?.myThroughput ?? null;
  return (
    <section className="card stack-sm" aria-label="My pace" data-testid="my-throughput">
      <div className="row">
        <h2 className="grow">My pace</h2>
        <div className="segmented">
          {WINDOWS.map((w) => (
            <button
              key={w.days}
              type="button"
              className={w.days === days ? 'button active' : 'button'}
              aria-pressed={w.days === days}
              onClick={() => setDays(w.days)}
            >
              {w.label}
            </button>
          ))}
        </div>
      </div>
      {result.error ? (
        <p className="message message-error">Could not load your figures: {result.error.message}</p>
      ) : !mine ? (
        <p className="muted small">
          {result.fetching ? 'Loading…' : 'Nothing submitted in this window yet.'}
        </p>
      ) : (
        <dl className="facts">
          <Fact label="Submitted" value={String(mine.submitted)} testId="my-submitted" />
          <Fact label="Median per patch" value={duration(mine.medianSecondsPerPatch)} />
          <Fact label="Per active hour" value={fmt(mine.submissionsPerHour, 1)} />
          <Fact label="Skipped" value={String(mine.skipped)} />
          <Fact
            label="Reviewed"
            value={mine.reviewed ? `${mine.approved} approved · ${mine.rejected} returned` : '—'}
          />
          <Fact label="Proposal kept (Dice)" value={fmt(mine.meanProposalDice, 2)} />
          {mine.daily.length > 1 && (
            <div>
              <dt>Per day</dt>
              <dd>
                <DailyBars daily={mine.daily} />
              </dd>
            </div>
          )}
        </dl>
      )}
    </section>
  );
}
