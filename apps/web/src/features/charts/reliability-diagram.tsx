'use client';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { AXIS, GRID, TOOLTIP } from './chart-theme';

export interface ReliabilityBin {
  confidence: number;
  accuracy: number;
  count: number;
}

/** Accuracy against confidence per bin; the diagonal is perfect calibration. */
export function ReliabilityDiagram({
  bins,
  after,
  height = 220,
  testId = 'reliability-diagram',
}: {
  bins: readonly ReliabilityBin[];
  after?: readonly ReliabilityBin[];
  height?: number;
  testId?: string;
}) {
  const diagonal = [
    { confidence: 0, ideal: 0 },
    { confidence: 1, ideal: 1 },
  ];
  return (
    <div className="chart" style={{ height }} data-testid={testId}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart margin={{ top: 8, right: 16, bottom: 18, left: 0 }}>
          <CartesianGrid stroke={GRID} strokeDasharray="3 3" />
          <XAxis dataKey="confidence" type="number" domain={[0, 1]} tick={AXIS} stroke={AXIS.stroke} />
          <YAxis type="number" domain={[0, 1]} tick={AXIS} stroke={AXIS.stroke} width={40} />
          <Tooltip {...TOOLTIP} />
          <Line
            data={diagonal}
            dataKey="ideal"
            stroke="#9aa0a6"
            strokeDasharray="4 4"
            dot={false}
            isAnimationActive={false}
          />
          <Scatter
            name="before"
            data={[...bins]}
            dataKey="accuracy"
            fill="#ff8a65"
            line
            isAnimationActive={false}
          />
          {after && after.length > 0 && (
            <Scatter
              name="after (temperature)"
              data={[...after]}
              dataKey="accuracy"
              fill="#4fc3f7"
              line
              isAnimationActive={false}
            />
          )}
          <Legend wrapperStyle={{ fontSize: 12 }} verticalAlign="top" height={24} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
