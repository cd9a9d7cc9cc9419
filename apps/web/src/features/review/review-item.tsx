'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ReviewTaxonomyQuery } from '@/gql/graphql';
import { describeImageError } from '../ui/image-error';
import { EmptyState, ErrorState, LoadingState } from '../ui/states';
import { AgreementPanel } from './agreement-panel';
import { isCuratorCorrection } from './annotation-author';
import { colourOf, cssColour, GROUND_TRUTH_COLOUR, PROPOSAL_COLOUR } from './annotator-colours';
import { EditApproveDialog } from './edit-approve-dialog';
import { MaskCompareCanvas } from './mask-compare-canvas';
import { ProposalSummary } from './proposal-summary';
import { RejectDialog } from './reject-dialog';
import { ReviewHelp } from './review-help';
import { SubmissionCard } from './submission-card';
import { useReviewActions } from './use-review-actions';
import { type ReviewAnnotation, useReviewItem } from './use-review-item';
import { useReviewKeys } from './use-review-keys';

interface Props {
  patchId: string;
  taxonomy: ReviewTaxonomyQuery['dataset'];
  onDecided(): void;
  onMove(delta: 1 | -1): void;
}

/** One review item: every submission's mask and labels, agreement, and the curator's decisions. */
export function ReviewItem({ patchId, taxonomy, onDecided, onMove }: Props) {
  const item = useReviewItem(patchId);
  const router = useRouter();
  const [selected, setSelected] = useState(0);
  const [overlay, setOverlay] = useState(false);
  const [dialog, setDialog] = useState<'reject' | 'edit' | 'help' | null>(null);
  const current = item.annotations[selected] ?? item.annotations[0];
  const actions = useReviewActions(patchId, current, () => {
    setDialog(null);
    onDecided();
  });
  // An edit-and-approved patch keeps its submissions as their authors made them: nothing to decide.
  const actionable = current?.status === 'SUBMITTED' && item.patch?.status !== 'APPROVED';
  const names = item.annotations.map((a, i) => ({ annotation: a, name: submissionName(a, i) }));

  useReviewKeys(dialog === null || dialog === 'help', (a) => {
    switch (a.type) {
      case 'approve':
        if (actionable) void actions.approve();
        return;
      case 'reject':
        if (actionable) setDialog('reject');
        return;
      case 'edit-approve':
        if (actionable && item.pixels) setDialog('edit');
        return;
      case 'next':
        return onMove(1);
      case 'previous':
        return onMove(-1);
      case 'select-annotation':
        if (a.index < item.annotations.length) setSelected(a.index);
        return;
      case 'toggle-overlay':
        return setOverlay((v) => !v);
      case 'specimen':
        if (item.patch)
          router.push(`/review/${taxonomy.id}/specimen/${item.patch.specimen.id}?patch=${patchId}`);
        return;
      case 'help':
        return setDialog('help');
      case 'close':
        return setDialog(null);
    }
  });

  if (item.result.error && !item.result.data)
    return <ErrorState message={item.result.error.message} onRetry={item.refetch} />;
  if (!item.patch) return <LoadingState label="Loading the item…" />;
  const { patch, annotations, pixels } = item;
  const masks = annotations
    .map((a, i) => ({ a, i, mask: pixels?.masks[a.id] ?? null }))
    .filter((m) => m.mask);

  return (
    <div className="review-item" data-testid="review-item" data-patch-id={patch.id}>
      <div className="stack-sm">
        <div className="row">
          <h2 className="grow">
            {patch.specimen.externalId}{' '}
            <span className="muted small">
              patch at {patch.x}, {patch.y} · {patch.status.toLowerCase()}
            </span>
          </h2>
          <Link
            className="button"
            href={`/review/${taxonomy.id}/specimen/${patch.specimen.id}?patch=${patch.id}`}
          >
            Specimen view <kbd>S</kbd>
          </Link>
          <button
            type="button"
            className={overlay ? 'button active' : 'button'}
            onClick={() => setOverlay((v) => !v)}
          >
            {overlay ? 'Overlaid' : 'Side by side'} <kbd>O</kbd>
          </button>
        </div>
        {item.pixelError && (
          <ErrorState
            message={`The images could not be loaded. ${describeImageError(item.pixelError, 'view').text}`}
            details={item.pixelError}
          />
        )}
        {!pixels ? (
          <LoadingState label="Loading images and masks…" />
        ) : overlay ? (
          <figure className="compare-cell">
            <MaskCompareCanvas
              image={pixels.image}
              lut={pixels.lut}
              masks={masks.map((m) => ({
                mask: m.mask as NonNullable<typeof m.mask>,
                colour: colourOf(m.i),
              }))}
              opacity={0.55}
              size={520}
              label="All masks overlaid"
              testId="overlay-canvas"
            />
            <figcaption className="row small">
              {masks.map((m) => (
                <span key={m.a.id} className="chip">
                  <span className="swatch" style={{ background: cssColour(colourOf(m.i)) }} />{' '}
                  {submissionName(m.a, m.i)}
                </span>
              ))}
            </figcaption>
          </figure>
        ) : (
          <div className="compare-grid">
            <figure className="compare-cell">
              <MaskCompareCanvas
                image={pixels.image}
                lut={pixels.lut}
                masks={[]}
                opacity={0}
                size={250}
                label="Patch image"
              />
              <figcaption className="small muted">Image (specimen window)</figcaption>
            </figure>
            {annotations.map((a, i) => {
              const mask = pixels.masks[a.id];
              return (
                <figure key={a.id} className={i === selected ? 'compare-cell selected' : 'compare-cell'}>
                  {mask ? (
                    <MaskCompareCanvas
                      image={pixels.image}
                      lut={pixels.lut}
                      masks={[{ mask, colour: colourOf(i) }]}
                      opacity={0.5}
                      size={250}
                      label={`${submissionName(a, i)} mask`}
                      testId={isCuratorCorrection(a) ? 'approved-correction-canvas' : 'annotator-canvas'}
                    />
                  ) : (
                    <div className="compare-missing muted small">No mask</div>
                  )}
                  <figcaption className="small">
                    <span className="swatch" style={{ background: cssColour(colourOf(i)) }} />{' '}
                    {submissionName(a, i)}
                  </figcaption>
                </figure>
              );
            })}
            {pixels.proposal && (
              <figure className="compare-cell">
                <MaskCompareCanvas
                  image={pixels.image}
                  lut={pixels.lut}
                  masks={[{ mask: pixels.proposal, colour: PROPOSAL_COLOUR }]}
                  opacity={0.45}
                  size={250}
                  label="Model proposal"
                  testId="proposal-canvas"
                />
                <figcaption className="small muted">
                  <span className="swatch" style={{ background: cssColour(PROPOSAL_COLOUR) }} /> Model
                  proposal
                </figcaption>
              </figure>
            )}
            {pixels.groundTruth && (
              <figure className="compare-cell">
                <MaskCompareCanvas
                  image={pixels.image}
                  lut={pixels.lut}
                  masks={[{ mask: pixels.groundTruth, colour: GROUND_TRUTH_COLOUR }]}
                  opacity={0.45}
                  size={250}
                  label="Imported ground truth"
                />
                <figcaption className="small muted">Imported ground truth</figcaption>
              </figure>
            )}
          </div>
        )}
        <ProposalSummary proposal={patch.proposal ?? null} />
      </div>
      <aside className="stack-sm review-side">
        <AgreementPanel patch={patch} threshold={taxonomy.agreementThreshold} />
        <section className="panel stack-sm" aria-label="Submissions">
          <h3>Submissions ({annotations.length})</h3>
          {annotations.length === 0 && <EmptyState title="No submissions visible" />}
          {annotations.map((a, i) => (
            <SubmissionCard
              key={a.id}
              annotation={a}
              index={i}
              colour={colourOf(i)}
              selected={i === selected}
              onSelect={() => setSelected(i)}
            />
          ))}
        </section>
        <section className="panel stack-sm" aria-label="Decision">
          <h3>Decision on annotator {selected + 1}</h3>
          {actions.error && (
            <p className="message message-error" role="alert">
              {actions.error}
            </p>
          )}
          <div className="decision-buttons">
            <button
              type="button"
              className="button button-ok"
              disabled={!actionable || actions.busy}
              onClick={() => void actions.approve()}
              data-testid="approve"
            >
              Approve <kbd>A</kbd>
            </button>
            <button
              type="button"
              className="button button-danger"
              disabled={!actionable || actions.busy}
              onClick={() => setDialog('reject')}
              data-testid="reject"
            >
              Reject… <kbd>R</kbd>
            </button>
            <button
              type="button"
              className="button"
              disabled={!actionable || actions.busy || !pixels}
              onClick={() => setDialog('edit')}
              data-testid="edit-approve-open"
            >
              Edit mask &amp; approve <kbd>E</kbd>
            </button>
          </div>
          <div className="row small muted">
            <kbd>J</kbd>/<kbd>K</kbd> next / previous · <kbd>?</kbd> all shortcuts
          </div>
          {!actionable && current && (
            <p className="muted small">
              {patch.status === 'APPROVED'
                ? 'This patch is approved; nothing to decide.'
                : `This submission is ${current.status.toLowerCase()}; nothing to decide.`}
            </p>
          )}
        </section>
      </aside>
      {dialog === 'reject' && current && (
        <RejectDialog
          who={`annotator ${selected + 1}`}
          busy={actions.busy}
          error={actions.error}
          onSubmit={(c) => void actions.reject(c)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'edit' && current && pixels && (
        <EditApproveDialog
          taxonomy={taxonomy}
          patch={patch}
          annotations={names}
          pixels={pixels}
          from={current}
          busy={actions.busy}
          error={actions.error}
          onSubmit={(variables) => void actions.editApprove(variables)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'help' && <ReviewHelp onClose={() => setDialog(null)} />}
    </div>
  );
}

/** How the review names a submission: by its place in the list, or as the curator's correction. */
function submissionName(a: ReviewAnnotation, index: number): string {
  if (a.source === 'IMPORT') return 'Imported ground truth';
  return isCuratorCorrection(a) ? 'Curator’s correction' : `Annotator ${index + 1}`;
}
