'use client';
import { Bar, BarChart, Tooltip, YAxis } from 'recharts';
import { SERIES_COLOURS, TOOLTIP } from './chart-theme';

export interface DayCount {
  day: string;
  submitted: number;
}

/** Submissions per day as small bars; hover for the day and count. */
export function DailyBars({ daily }: { daily: readonly DayCount[] }) {
  if (daily.length < 2) return <span>{daily[0]?.submitted ?? 0}</span>;
  const total = daily.reduce((sum, d) => sum + d.submitted, 0);
  const label = `${total} submitted over ${daily.length} days`;
  return (
    <span role="img" title={label} aria-label={label}>
      <BarChart
        width={Math.min(180, Math.max(56, daily.length * 6))}
        height={28}
        data={[...daily]}
        barCategoryGap={1}
      >
        <YAxis hide domain={[0, 'dataMax']} />
        <Tooltip
          {...TOOLTIP}
          cursor={false}
          formatter={(value) => [String(value), 'submitted']}
          labelFormatter={(_label, payload) => String(payload?.[0]?.payload?.day ?? '')}
        />
        <Bar dataKey="submitted" fill={SERIES_COLOURS[0]} isAnimationActive={false} />
      </BarChart>
    </span>
  );
}
