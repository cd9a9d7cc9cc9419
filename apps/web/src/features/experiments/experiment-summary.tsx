import { EmptyState } from '../ui/states';
import { meanSd, type ReportView, summaryTable } from './experiment-report';

/** mean ± sd over folds per setting (rows) and metric (columns), from the report's summary. */
export function ExperimentSummary({ report }: { report: ReportView }) {
  if (report.summary.length === 0)
    return (
      <EmptyState title="No results in the report yet">
        Runs add their fold results as they finish.
      </EmptyState>
    );
  const cell = summaryTable(report);
  const metricKeys = new Set(report.summary.map((r) => r.metric));
  const metrics =
    report.metrics.length > 0
      ? report.metrics.filter((m) => metricKeys.has(m.key))
      : [...metricKeys].map((key) => ({ key, label: key, primary: false }));
  const settingKeys = new Set(report.summary.map((r) => r.setting));
  const settings =
    report.settings.length > 0
      ? report.settings.filter((s) => settingKeys.has(s.key))
      : [...settingKeys].map((key) => ({ key, label: key }));
  return (
    <div className="stack-sm">
      <div style={{ overflowX: 'auto' }}>
        <table className="table small" data-testid="experiment-summary">
          <thead>
            <tr>
              <th>Setting</th>
              {metrics.map((m) => (
                <th key={m.key} title={m.key}>
                  {m.primary ? <strong>{m.label}</strong> : m.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {settings.map((s) => (
              <tr key={s.key}>
                <td title={s.key}>{s.label}</td>
                {metrics.map((m) => {
                  const row = cell(s.key, m.key);
                  return (
                    <td key={m.key} title={row ? `n = ${row.n} folds` : undefined}>
                      {meanSd(row)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted small">
        Mean ± sd over folds{report.final === false ? ' · provisional: not every run has finished' : ''}
        {report.missing.length > 0 ? ` · ${report.missing.length} cell × fold results missing` : ''}.
      </p>
      {report.method?.statement && report.method.statement.length > 0 && (
        <ul className="muted small">
          {report.method.statement.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
