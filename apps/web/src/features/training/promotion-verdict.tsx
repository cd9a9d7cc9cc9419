import { fmt } from '../ui/format';
import type { PromotionInfo } from './version-json';

/** The promotion rule's inputs and verdict, as stored with the version. */
export function PromotionVerdict({ info }: { info: PromotionInfo }) {
  const rule = info.rule;
  if (!rule || rule.promote === undefined) {
    return <p className="muted small">No promotion verdict recorded for this version.</p>;
  }
  return (
    <div
      className={`banner ${rule.promote ? 'banner-ok' : 'banner-warning'}`}
      data-testid="promotion-verdict"
    >
      <strong>
        Promotion rule: {rule.promote ? 'promote' : 'do not promote'}
        {info.autoPromote === false && rule.promote ? ' (auto-promote off: an admin decides)' : ''}
        {info.stillComparable === false ? ' (the active version changed since: decide manually)' : ''}
      </strong>
      <span className="small">{rule.reason}</span>
      <span className="muted small">
        composite {fmt(rule.candidateScore)} vs active {fmt(rule.activeScore)} · Δ {fmt(rule.delta)} · margin{' '}
        {fmt(rule.margin, 3)} · max regression {fmt(rule.maxRegression, 3)} · on{' '}
        {rule.components?.join(', ') || 'no components'}
      </span>
      {rule.regressions && rule.regressions.length > 0 && (
        <span className="small">
          Regressions: {rule.regressions.map((r) => `${r.component} −${fmt(r.drop)}`).join(', ')}
        </span>
      )}
    </div>
  );
}
