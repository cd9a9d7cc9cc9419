'use client';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { ModelVersionFieldsFragment } from '@/gql/graphql';
import { apiError } from '../graphql/graphql-error';
import { fmt, pct, when } from '../ui/format';
import { EmptyState } from '../ui/states';
import { PromoteModelVersionMutation, RollbackModelMutation } from './training.graphql';
import { VersionDetail } from './version-detail';
import { headline, parsePromotion, parseVersionMetrics, statusLabel } from './version-json';

interface Props {
  datasetId: string;
  versions: readonly ModelVersionFieldsFragment[];
  patternLabels: readonly string[];
  intensityLabels: readonly string[];
  onChanged(): void;
}

/** Model versions with their headline metrics and verdict; promote a candidate or roll back. */
export function ModelVersions({ datasetId, versions, patternLabels, intensityLabels, onChanged }: Props) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [promoteState, promote] = useMutation(PromoteModelVersionMutation);
  const [rollbackState, rollback] = useMutation(RollbackModelMutation);
  const [message, setMessage] = useState<string | null>(null);
  // A version the rule said no to waits here for an explicit second click (no window.confirm).
  const [againstRule, setAgainstRule] = useState<{
    version: ModelVersionFieldsFragment;
    reason: string;
  } | null>(null);
  const selected = versions.find((v) => v.id === selectedId) ?? versions[0];
  const hasRetired = versions.some((v) => v.status === 'RETIRED');
  const error = promoteState.error ?? rollbackState.error;

  if (versions.length === 0) {
    return <EmptyState title="No model versions yet">A finished training run registers one here.</EmptyState>;
  }
  const doPromote = async (v: ModelVersionFieldsFragment, confirmed = false) => {
    const verdict = parsePromotion(v.promotion).rule;
    if (verdict?.promote === false && !confirmed) {
      setAgainstRule({ version: v, reason: verdict.reason ?? 'no reason recorded' });
      return;
    }
    setAgainstRule(null);
    const result = await promote({ id: v.id });
    if (result.data) {
      setMessage(`v${v.number} is now active.`);
      onChanged();
    }
  };
  const doRollback = async () => {
    const result = await rollback({ datasetId });
    if (result.data) {
      setMessage(`Rolled back: v${result.data.rollbackModel.number} is active again.`);
      onChanged();
    }
  };

  return (
    <div className="stack-sm">
      <div className="row">
        <span className="grow muted small">Newest first. Click a row for its metrics.</span>
        <button
          type="button"
          className="button"
          disabled={!hasRetired || rollbackState.fetching}
          onClick={doRollback}
        >
          Roll back to the previous version
        </button>
      </div>
      {againstRule && (
        <div className="message message-warning row" role="alertdialog" aria-label="Promote against the rule">
          <span className="grow">
            The promotion rule said no: {againstRule.reason}. Promote v{againstRule.version.number} anyway?
          </span>
          <button
            type="button"
            className="button button-primary"
            onClick={() => void doPromote(againstRule.version, true)}
          >
            Promote v{againstRule.version.number} anyway
          </button>
          <button type="button" className="button" onClick={() => setAgainstRule(null)}>
            Cancel
          </button>
        </div>
      )}
      {message && (
        <p className="message status-approved" role="status">
          {message}
        </p>
      )}
      {error && (
        <p className="message message-error" role="alert">
          {apiError(error).message}
        </p>
      )}
      <table className="table table-hover" data-testid="model-versions">
        <thead>
          <tr>
            <th>Version</th>
            <th>Status</th>
            <th>Dice</th>
            <th>Pattern MCA</th>
            <th>Intensity acc.</th>
            <th>Labels</th>
            <th>Rule</th>
            <th>Created</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => {
            const h = headline(parseVersionMetrics(v.metrics));
            const rule = parsePromotion(v.promotion).rule;
            return (
              <tr
                key={v.id}
                className={v.id === selected?.id ? 'selected' : undefined}
                onClick={() => setSelectedId(v.id)}
                data-version={v.number}
              >
                <td>v{v.number}</td>
                <td>
                  <span
                    className={`pill pill-${v.status === 'ACTIVE' ? 'ok' : v.status === 'CANDIDATE' ? 'warning' : 'muted'}`}
                  >
                    {statusLabel(v.status, parsePromotion(v.promotion))}
                  </span>
                </td>
                <td>{pct(h.dice)}</td>
                <td>{pct(h.patternMca)}</td>
                <td>{pct(h.intensityAccuracy)}</td>
                <td>{v.labelCount}</td>
                <td className="small" title={rule?.reason}>
                  {rule?.promote === undefined ? '—' : rule.promote ? `pass (Δ ${fmt(rule.delta)})` : 'fail'}
                </td>
                <td className="small">{when(v.createdAt)}</td>
                <td>
                  {(v.status === 'CANDIDATE' || v.status === 'REJECTED' || v.status === 'RETIRED') && (
                    <button
                      type="button"
                      className="button"
                      disabled={promoteState.fetching}
                      onClick={(e) => {
                        e.stopPropagation();
                        void doPromote(v);
                      }}
                    >
                      Promote
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {selected && (
        <VersionDetail version={selected} patternLabels={patternLabels} intensityLabels={intensityLabels} />
      )}
    </div>
  );
}
