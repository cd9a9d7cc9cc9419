import Link from 'next/link';
import { MIN_CURATED_SPECIMENS, type Validation } from './training-readiness';

/** Said before a run starts that the trainer will fail it for want of validation patches. */
export function ValidationWarning({ datasetId, validation }: { datasetId: string; validation: Validation }) {
  if (validation.kind !== 'impossible') return null;
  const n = validation.curatedSpecimens;
  return (
    <div className="message message-warning small" role="alert" data-testid="validation-warning">
      <strong>This run cannot be validated:</strong>{' '}
      {`curated labels are on ${n} specimen${n === 1 ? '' : 's'}; `}
      at least {MIN_CURATED_SPECIMENS} are needed (one to train on, one to validate on), so the trainer will
      fail the run. Import labelled specimens with Labels: curated on the{' '}
      <Link href={`/admin/datasets/${datasetId}`}>dataset page</Link>, or approve annotations on patches of
      more specimens. Weak (specimen-level) labels train but never validate.
    </div>
  );
}
