'use client';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS, GRID, SERIES_COLOURS, TOOLTIP } from './chart-theme';

export interface CategoryCount {
  name: string;
  count: number;
  colour?: string;
  /** A part of `count` drawn apart (paler, on top of the rest): e.g. the imported labels among all. */
  part?: number;
}

/** What the two segments of a bar are called, when the counts have parts. */
export interface CountParts {
  rest: string;
  part: string;
}

/** Counts per label as vertical bars (label distributions, queue composition). */
export function CategoryBarChart({
  data,
  height = 200,
  testId,
  parts,
}: {
  data: readonly CategoryCount[];
  height?: number;
  testId?: string;
  /** Splits each bar into the rest (full colour) and its part (pale), with these names. */
  parts?: CountParts;
}) {
  const rows = data.map((d) => ({ ...d, rest: d.count - (d.part ?? 0), part: d.part ?? 0 }));
  const fill = (d: CategoryCount, i: number) => d.colour ?? SERIES_COLOURS[i % SERIES_COLOURS.length];
  return (
    <div className="chart" style={{ height }} data-testid={testId}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 24 }}>
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
          {parts ? (
            [
              <Bar key="rest" dataKey="rest" name={parts.rest} stackId="count" isAnimationActive={false}>
                {data.map((d, i) => (
                  <Cell key={d.name} fill={fill(d, i)} />
                ))}
              </Bar>,
              <Bar
                key="part"
                dataKey="part"
                name={parts.part}
                stackId="count"
                isAnimationActive={false}
                radius={[3, 3, 0, 0]}
              >
                {data.map((d, i) => (
                  <Cell key={d.name} fill={fill(d, i)} fillOpacity={0.35} />
                ))}
              </Bar>,
            ]
          ) : (
            <Bar dataKey="count" name="Count" isAnimationActive={false} radius={[3, 3, 0, 0]}>
              {data.map((d, i) => (
                <Cell key={d.name} fill={fill(d, i)} />
              ))}
            </Bar>
          )}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
