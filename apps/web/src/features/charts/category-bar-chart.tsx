'use client';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS, GRID, SERIES_COLOURS, TOOLTIP } from './chart-theme';

export interface CategoryCount {
  name: string;
  count: number;
  colour?: string;
}

/** Counts per label as vertical bars (label distributions, queue composition). */
export function CategoryBarChart({
  data,
  height = 200,
  testId,
}: {
  data: readonly CategoryCount[];
  height?: number;
  testId?: string;
}) {
  return (
    <div className="chart" style={{ height }} data-testid={testId}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={[...data]} margin={{ top: 8, right: 8, bottom: 8, left: 24 }}>
          <CartesianGrid stroke={GRID} strokeDasharray="3 3" vertical={false} />
          <XAxis
            dataKey="name"
            tick={AXIS}
            stroke={AXIS.stroke}
            interval={0}
            angle={-20}
            textAnchor="end"
            height={60}
          />
          <YAxis tick={AXIS} stroke={AXIS.stroke} allowDecimals={false} width={40} />
          <Tooltip {...TOOLTIP} cursor={{ fill: 'rgba(255,255,255,0.05)' }} />
          <Bar dataKey="count" name="Count" isAnimationActive={false} radius={[3, 3, 0, 0]}>
            {data.map((d, i) => (
              <Cell key={d.name} fill={d.colour ?? SERIES_COLOURS[i % SERIES_COLOURS.length]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
