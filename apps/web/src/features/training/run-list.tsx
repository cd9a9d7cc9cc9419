'use client';
import { DASH, duration, pct } from '../ui/format';
import { parseProgress, type RunProgress, runFraction } from './run-json';
import { RunStatusBadge } from './run-status-badge';
import type { Run } from './use-live-runs';

interface Props {
  runs: readonly Run[];
  selectedId: string | null;
  compare: ReadonlySet<string>;
  onSelect(id: string): void;
  onToggleCompare(id: string): void;
}

/** Every run of the dataset, newest first; live while queued or running. */
export function RunList({ runs, selectedId, compare, onSelect, onToggleCompare }: Props) {
  return (
    <table className="table table-hover" data-testid="run-list">
      <thead>
        <tr>
          <th title="Compare">⇄</th>
          <th>Run</th>
          <th>Status</th>
          <th>Progress</th>
          <th>Labels</th>
          <th>Model</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => {
          const progress = parseProgress(run.progress);
          const fraction = runFraction(progress);
          return (
            <tr
              key={run.id}
              className={run.id === selectedId ? 'selected' : undefined}
              onClick={() => onSelect(run.id)}
              data-run-id={run.id}
            >
              <td>
                <input
                  type="checkbox"
                  aria-label={`Compare run ${run.id.slice(0, 8)}`}
                  checked={compare.has(run.id)}
                  onClick={(e) => e.stopPropagation()}
                  onChange={() => onToggleCompare(run.id)}
                />
              </td>
              <td>
                <button type="button" className="link-button" onClick={() => onSelect(run.id)}>
                  {new Date(run.createdAt).toLocaleString()}
                </button>
                <div className="muted small">{run.trigger.toLowerCase()}</div>
              </td>
              <td>
                <RunStatusBadge status={run.status} />
              </td>
              <td className="small">
                {run.status === 'RUNNING' ? (
                  <>
                    {pct(fraction, 0)} · {progress.phase ?? DASH}
                    {typeof progress.etaSeconds === 'number' && (
                      <div className="muted">ETA {duration(progress.etaSeconds)}</div>
                    )}
                  </>
                ) : (
                  finishedSummary(progress)
                )}
              </td>
              <td>{run.labelCount || DASH}</td>
              <td>{run.modelVersion ? `v${run.modelVersion.number}` : DASH}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** How long a run that is no longer running trained, and for how many epochs (a dash if it never did). */
function finishedSummary(progress: RunProgress): string {
  if (typeof progress.elapsedSeconds !== 'number') return DASH;
  const epochs =
    typeof progress.epoch === 'number' ? ` · ${progress.epoch} epoch${progress.epoch === 1 ? '' : 's'}` : '';
  return `${duration(progress.elapsedSeconds)}${epochs}`;
}
