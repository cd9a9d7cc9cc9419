'use client';
import type { ModelVersionFieldsFragment } from '@/gql/graphql';
import { ConfusionMatrix } from '../charts/confusion-matrix';
import { fmt, pct } from '../ui/format';
import { ModelCalibration } from './model-calibration';
import { PromotionVerdict } from './promotion-verdict';
import {
  type Classification,
  headline,
  parseCalibration,
  parsePromotion,
  parseVersionMetrics,
} from './version-json';

interface Props {
  version: ModelVersionFieldsFragment;
  patternLabels: readonly string[];
  intensityLabels: readonly string[];
}

/** Metrics, promotion verdict, confusion matrices and calibration of one model version. */
export function VersionDetail({ version, patternLabels, intensityLabels }: Props) {
  const metrics = parseVersionMetrics(version.metrics);
  const h = headline(metrics);
  const base = metrics.baseline ? headline({ validation: metrics.baseline.metrics }) : null;
  const calibration = parseCalibration(version.calibration);
  const v = metrics.validation;
  return (
    <section className="card stack-sm" data-testid="version-detail">
      <h2>
        Model v{version.number} <span className="muted small">{version.status.toLowerCase()}</span>
      </h2>
      <PromotionVerdict info={parsePromotion(version.promotion)} />
      <div className="metric-cards">
        <Metric label="Mask Dice" value={h.dice} baseline={base?.dice} />
        <Metric label="Pattern accuracy" value={h.patternAccuracy} baseline={base?.patternAccuracy} />
        <Metric label="Pattern MCA" value={h.patternMca} baseline={base?.patternMca} />
        <Metric label="Intensity accuracy" value={h.intensityAccuracy} baseline={base?.intensityAccuracy} />
        <Metric
          label="Pattern ECE"
          value={calibration.pattern?.ece ?? h.patternEce}
          baseline={base?.patternEce}
          lowerIsBetter
        />
        <Metric
          label="Intensity ECE"
          value={calibration.intensity?.ece ?? h.intensityEce}
          baseline={base?.intensityEce}
          lowerIsBetter
        />
      </div>
      <p className="muted small">
        Validation: {v?.patches ?? 0} patches of {v?.specimens ?? 0} specimens · {version.labelCount} curated
        labels · {version.parameterCount.toLocaleString()} parameters
        {base ? ' · “was” = the active version on the same specimens' : ''}
      </p>
      <div className="chart-pair">
        <Confusion title="Pattern confusion" head={v?.pattern} labels={patternLabels} />
        <Confusion title="Intensity confusion" head={v?.intensity} labels={intensityLabels} />
      </div>
      <ModelCalibration modelVersionId={version.id} />
    </section>
  );
}

function Metric(props: {
  label: string;
  value: number | null | undefined;
  baseline?: number | null;
  lowerIsBetter?: boolean;
}) {
  const { value, baseline } = props;
  const delta = typeof value === 'number' && typeof baseline === 'number' ? value - baseline : null;
  const better = delta === null ? null : props.lowerIsBetter ? delta < 0 : delta > 0;
  return (
    <div className="metric-card">
      <span className="muted small">{props.label}</span>
      <strong>{props.label.includes('ECE') ? fmt(value) : pct(value)}</strong>
      {delta !== null && (
        <span className={`small ${better ? 'status-approved' : 'status-rejected'}`}>
          was {props.label.includes('ECE') ? fmt(baseline) : pct(baseline)}
        </span>
      )}
    </div>
  );
}

function Confusion({
  title,
  head,
  labels,
}: {
  title: string;
  head: Classification | null | undefined;
  labels: readonly string[];
}) {
  return (
    <section>
      <h3>{title}</h3>
      {head?.confusion && head.confusion.length > 0 ? (
        <ConfusionMatrix matrix={head.confusion} labels={labels} />
      ) : (
        <p className="muted small">No labelled validation patches for this head.</p>
      )}
    </section>
  );
}
