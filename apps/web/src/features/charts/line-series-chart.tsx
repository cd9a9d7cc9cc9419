'use client';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS, GRID, TOOLTIP } from './chart-theme';

export interface Series {
  key: string;
  label: string;
  colour: string;
  dashed?: boolean;
}

type Row = Record<string, number | string | null>;

interface Props {
  data: readonly Row[];
  xKey: string;
  xLabel: string;
  series: readonly Series[];
  height?: number;
  yDomain?: [number | 'auto', number | 'auto'];
  testId?: string;
}

/** Lines over a numeric x axis; no animation, so live updates and screenshots show the real state. */
export function LineSeriesChart({ data, xKey, xLabel, series, height = 220, yDomain, testId }: Props) {
  return (
    <div className="chart" style={{ height }} data-testid={testId} data-points={data.length}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={[...data]} margin={{ top: 8, right: 16, bottom: 18, left: 0 }}>
          <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
          <XAxis
            dataKey={xKey}
            type="number"
            domain={['dataMin', 'dataMax']}
            allowDecimals={false}
            tick={AXIS}
            stroke={AXIS.stroke}
            label={{ value: xLabel, position: 'insideBottom', offset: -10, fill: AXIS.stroke, fontSize: 11 }}
          />
          <YAxis tick={AXIS} stroke={AXIS.stroke} width={48} domain={yDomain ?? ['auto', 'auto']} />
          <Tooltip {...TOOLTIP} />
          <Legend wrapperStyle={{ fontSize: 12 }} verticalAlign="top" height={24} />
          {series.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={s.colour}
              strokeWidth={2}
              strokeDasharray={s.dashed ? '5 4' : undefined}
              dot={data.length < 30}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
