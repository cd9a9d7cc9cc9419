'use client';
import { useState } from 'react';
import { useQuery } from 'urql';
import { DailyBars } from '../charts/daily-bars';
import { DAY_WINDOWS, DaysPicker } from '../ui/days-picker';
import { Fact } from '../ui/fact';
import { DASH, duration, fmt } from '../ui/format';
import { QueryStates } from '../ui/query-states';
import { MyThroughputQuery } from '../workflow/my-work.graphql';

/** The annotator's own pace and review outcomes: a glance at the day's progress, on every dataset. */
export function MyThroughput() {
  const [days, setDays] = useState<number>(1);
  const [result, refetch] = useQuery({
    query: MyThroughputQuery,
    variables: { days },
    requestPolicy: 'cache-and-network',
  });
  return (
    <section className="card stack-sm" aria-label="My pace" data-testid="my-throughput">
      <div className="row">
        <h2 className="grow">My pace</h2>
        <DaysPicker days={days} onChange={setDays} options={DAY_WINDOWS.slice(0, 3)} />
      </div>
      <QueryStates {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ myThroughput: mine }) =>
          !mine ? (
            <p className="muted small">Nothing submitted in this window yet.</p>
          ) : (
            <dl className="facts">
              <Fact label="Submitted" value={String(mine.submitted)} testId="my-submitted" />
              <Fact label="Median per patch" value={duration(mine.medianSecondsPerPatch)} />
              <Fact label="Per active hour" value={fmt(mine.submissionsPerHour, 1)} />
              <Fact label="Skipped" value={String(mine.skipped)} />
              <Fact
                label="Reviewed"
                value={mine.reviewed ? `${mine.approved} approved · ${mine.rejected} returned` : DASH}
              />
              <Fact label="Proposal kept (Dice)" value={fmt(mine.meanProposalDice, 2)} />
              <Fact label="Your masks kept by curators (Dice)" value={fmt(mine.meanReviewDice, 2)} />
              {mine.daily.length > 1 && (
                <div>
                  <dt>Per day</dt>
                  <dd>
                    <DailyBars daily={mine.daily} />
                  </dd>
                </div>
              )}
            </dl>
          )
        }
      </QueryStates>
    </section>
  );
}
