import { fmt, lower } from '../ui/format';
import { annotationAuthor, isCuratorCorrection } from './annotation-author';
import { cssColour } from './annotator-colours';
import type { ReviewAnnotation } from './use-review-item';

/** One annotator's labels: pattern, intensity, mask area, how much they changed the proposal. */
export function SubmissionCard({
  annotation,
  index,
  colour,
  selected,
  onSelect,
}: {
  annotation: ReviewAnnotation;
  index: number;
  colour: [number, number, number];
  selected: boolean;
  onSelect(): void;
}) {
  return (
    <button
      type="button"
      className={selected ? 'submission selected' : 'submission'}
      aria-pressed={selected}
      onClick={onSelect}
      data-testid="submission"
    >
      <span className="row">
        <kbd>{index + 1}</kbd>
        <span className="swatch" style={{ background: cssColour(colour) }} />
        {annotation.source === 'IMPORT' ? (
          <strong data-testid="imported-ground-truth">Imported ground truth</strong>
        ) : isCuratorCorrection(annotation) ? (
          <>
            <strong data-testid="curator-correction">Curator’s correction</strong>
            <span className="muted small">{annotation.authorId?.slice(0, 6)}</span>
          </>
        ) : (
          <>
            <strong>Annotator {index + 1}</strong>
            <span className="muted small">{annotationAuthor(annotation)}</span>
          </>
        )}
        <span className={`status status-${annotation.status.toLowerCase()}`}>{lower(annotation.status)}</span>
      </span>
      <span className="row small">
        {annotation.patternClass ? (
          <span className="chip">
            <span className="swatch" style={{ background: annotation.patternClass.color }} />{' '}
            {annotation.patternClass.label}
          </span>
        ) : (
          <span className="muted">no pattern</span>
        )}
        <span className="chip">{annotation.intensityLevel?.name ?? 'no intensity'}</span>
      </span>
      <span className="muted small">
        mask {annotation.maskArea ?? 0} px · Dice vs proposal {fmt(annotation.proposalDice, 2)}
      </span>
      {annotation.returnComment && <span className="comment small">“{annotation.returnComment}”</span>}
    </button>
  );
}
