'use client';
import Link from 'next/link';
import { useState } from 'react';
import { useQuery } from 'urql';
import type { ReviewItemQuery as ReviewItemData, SpecimenReviewQuery } from '@/gql/graphql';
import { fmt, lower } from '../ui/format';
import { QueryStates } from '../ui/query-states';
import { EmptyState } from '../ui/states';
import { annotationAuthor, isCuratorCorrection } from './annotation-author';
import { ApprovedMask } from './approved-mask';
import { ReviewItemQuery, ReviewTaxonomyQuery, SpecimenReviewQuery as SpecimenQuery } from './review.graphql';
import { parseRollup } from './rollup-json';
import { SpecimenCanvas } from './specimen-canvas';

type SpecimenData = SpecimenReviewQuery['specimen'];
type PatchCell = SpecimenData['patches'][number];

const WIDTH = 760;

/** A specimen with all its patches: status, agreement, contradictions; the rolled-up verdict. */
export function SpecimenView({
  datasetId,
  specimenId,
  focusPatchId,
}: {
  datasetId: string;
  specimenId: string;
  focusPatchId: string | null;
}) {
  const [result, refetch] = useQuery({ query: SpecimenQuery, variables: { id: specimenId } });
  const [taxonomy] = useQuery({ query: ReviewTaxonomyQuery, variables: { id: datasetId } });
  const [selectedId, setSelectedId] = useState<string | null>(focusPatchId);
  return (
    <QueryStates {...result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {({ specimen }) => {
        const scale = WIDTH / specimen.width;
        const rollup = parseRollup(specimen.rollup);
        const patterns = taxonomy.data?.dataset.patternClasses ?? [];
        const levels = taxonomy.data?.dataset.intensityLevels ?? [];
        const patternName = (key: string | undefined) =>
          patterns.find((p) => p.key === key || p.id === key)?.label ?? key ?? '—';
        const levelName = (key: string | undefined) =>
          levels.find((l) => l.key === key || l.id === key)?.name ?? key ?? '—';
        const contradictions = specimen.patches.filter((p) => p.contradictsSpecimen).length;
        return (
          <div className="stack-sm" data-testid="specimen-view">
            <div className="row">
              <h1 className="page-title grow">
                Specimen {specimen.externalId}{' '}
                <span className="muted small">
                  {specimen.width}×{specimen.height} · {specimen.bitDepth}-bit · fold {specimen.fold ?? '—'}
                  {specimen.isValidation ? ' · validation' : ''}
                </span>
              </h1>
              <Link className="button" href={`/review/${datasetId}`}>
                Back to the queue
              </Link>
            </div>
            <div className="specimen-layout">
              <div
                className="specimen-map"
                style={{ width: WIDTH, height: Math.round(specimen.height * scale) }}
              >
                <SpecimenCanvas
                  displayUrl={specimen.displayUrl}
                  width={WIDTH}
                  height={Math.round(specimen.height * scale)}
                />
                {specimen.patches.map((p) => (
                  <PatchBox
                    key={p.id}
                    patch={p}
                    scale={scale}
                    selected={p.id === selectedId}
                    onSelect={() => setSelectedId(p.id)}
                  />
                ))}
              </div>
              <aside className="stack-sm">
                <section className="panel" data-testid="rollup">
                  <h3>{rollup || !specimen.importedTruth ? 'Rolled-up verdict' : 'Verdict'}</h3>
                  {rollup ? (
                    <>
                      <p>
                        <strong>{patternName(rollup.pattern?.key)}</strong> ·{' '}
                        {levelName(rollup.intensity?.key)}
                      </p>
                      <p className="muted small">
                        from {rollup.patches ?? 0} patches ({rollup.source ?? 'unknown'} labels) · weak label:{' '}
                        {specimen.patternClass?.label ?? '—'} / {specimen.intensityLevel?.name ?? '—'}
                      </p>
                      <Votes title="Pattern votes" votes={rollup.votes?.pattern ?? {}} name={patternName} />
                      <Votes title="Intensity votes" votes={rollup.votes?.intensity ?? {}} name={levelName} />
                    </>
                  ) : specimen.importedTruth ? null : (
                    <p className="muted small">
                      No verdict yet: it is computed on the first submission of a patch of this specimen.
                    </p>
                  )}
                  {specimen.importedTruth && (
                    <ImportedTruth truth={specimen.importedTruth} alongsideVerdict={rollup !== null} />
                  )}
                  {contradictions > 0 && (
                    <p className="pill pill-danger">{contradictions} patch(es) contradict the verdict</p>
                  )}
                </section>
                <Legend />
                {selectedId ? (
                  <PatchLabels patchId={selectedId} datasetId={datasetId} />
                ) : (
                  <p className="muted small">Click a patch for its labels.</p>
                )}
              </aside>
            </div>
          </div>
        );
      }}
    </QueryStates>
  );
}

/** A curated specimen's expert labels, imported with the dataset: its verdict when nobody voted. */
function ImportedTruth({
  truth,
  alongsideVerdict,
}: {
  truth: NonNullable<SpecimenData['importedTruth']>;
  alongsideVerdict: boolean;
}) {
  const labels = `${truth.patternClass?.label ?? '—'}, ${truth.intensityLevel?.name ?? '—'}`;
  return (
    <div data-testid="imported-truth">
      <p className={alongsideVerdict ? 'small' : undefined}>
        Imported ground truth: <strong>{labels}</strong>
      </p>
      <p className="muted small">
        expert labels of a curated import on {truth.patches} patch{truth.patches === 1 ? '' : 'es'}, approved
        as imported
        {alongsideVerdict ? '' : '; no annotator votes here, so this is the specimen’s verdict'}
      </p>
    </div>
  );
}

function PatchBox({
  patch,
  scale,
  selected,
  onSelect,
}: {
  patch: PatchCell;
  scale: number;
  selected: boolean;
  onSelect(): void;
}) {
  const classes = [
    'patch-box',
    `patch-${patch.status.toLowerCase()}`,
    patch.contradictsSpecimen ? 'patch-contradicts' : '',
    selected ? 'selected' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type="button"
      className={classes}
      style={{
        left: patch.x * scale,
        top: patch.y * scale,
        width: patch.width * scale,
        height: patch.height * scale,
      }}
      onClick={onSelect}
      title={`${lower(patch.status)} · ${patch.submittedCount} submitted · κ ${fmt(patch.agreementPattern, 2)}`}
      data-testid="patch-box"
    >
      <span className="patch-tag">
        {lower(patch.status)}
        {patch.contradictsSpecimen ? ' ⚠' : ''}
      </span>
    </button>
  );
}

function Votes({
  title,
  votes,
  name,
}: {
  title: string;
  votes: Record<string, number>;
  name(key: string): string;
}) {
  const entries = Object.entries(votes).sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return null;
  const total = entries.reduce((s, [, n]) => s + n, 0);
  return (
    <div className="small">
      <span className="muted">{title}</span>
      {entries.map(([key, n]) => (
        <div key={key} className="meter">
          <span>{name(key)}</span>
          <span className="meter-track">
            <span className="meter-fill ok" style={{ width: `${(n / total) * 100}%` }} />
          </span>
          <span>{n}</span>
        </div>
      ))}
    </div>
  );
}

function Legend() {
  return (
    <section className="panel small legend">
      {['queued', 'in_progress', 'submitted', 'returned', 'approved'].map((s) => (
        <span key={s} className="row">
          <span className={`legend-box patch-${s}`} /> {lower(s)}
        </span>
      ))}
      <span className="row">
        <span className="legend-box patch-contradicts" /> contradicts verdict
      </span>
    </section>
  );
}

function PatchLabels({ patchId, datasetId }: { patchId: string; datasetId: string }) {
  const [result] = useQuery({ query: ReviewItemQuery, variables: { patchId } });
  return (
    <section className="panel stack-sm" data-testid="patch-labels">
      <h3>Patch labels</h3>
      <QueryStates {...result}>
        {(data) => {
          const shown = data.patchAnnotations.filter(
            (a) => a.status !== 'DRAFT' && a.status !== 'SUPERSEDED',
          );
          return (
            <>
              <p className="muted small">
                {lower(data.patch.status)} · at {data.patch.x}, {data.patch.y}
              </p>
              {shown.length === 0 ? (
                <EmptyState title="No labels yet" />
              ) : (
                shown.map((a, i) => (
                  <div key={a.id} className="row small">
                    <span>#{i + 1}</span>
                    <span className="muted">{annotationAuthor(a)}</span>
                    <span className="chip">
                      <span className="swatch" style={{ background: a.patternClass?.color ?? '#888' }} />{' '}
                      {a.patternClass?.label ?? '—'}
                    </span>
                    <span className="chip">{a.intensityLevel?.name ?? '—'}</span>
                    <span className={`status status-${a.status.toLowerCase()}`}>{lower(a.status)}</span>
                  </div>
                ))
              )}
              {approvedMask(data) /* the mask the patch was approved with, the curator's if corrected */}
              {data.patch.status === 'SUBMITTED' && (
                <Link className="button" href={`/review/${datasetId}?patch=${patchId}`}>
                  Review this patch
                </Link>
              )}
            </>
          );
        }}
      </QueryStates>
    </section>
  );
}

function approvedMask(data: ReviewItemData) {
  if (data.patch.status !== 'APPROVED') return null;
  const approved = data.patchAnnotations.find((a) => a.status === 'APPROVED' && a.maskUrl);
  if (!approved?.maskUrl) return null;
  return (
    <ApprovedMask
      imageUrl={data.patch.imageUrl}
      maskUrl={approved.maskUrl}
      displayWindow={data.patch.specimen.displayWindow ?? null}
      label={isCuratorCorrection(approved) ? 'Approved mask: the curator’s correction' : 'Approved mask'}
    />
  );
}
