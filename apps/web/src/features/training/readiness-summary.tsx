import Link from 'next/link';
import type { TrainingReadinessQuery } from '@/gql/graphql';

export type Readiness = NonNullable<TrainingReadinessQuery['dataset']>['trainingReadiness'];

/**
 * What a run would train and be measured on, said before it starts (the API's count, the trainer's
 * own definition of a curated label); below the documented minimum, why, and what to do.
 */
export function ReadinessSummary({
  datasetId,
  readiness,
}: {
  datasetId: string;
  readiness: Readiness | null;
}) {
  if (!readiness) return null;
  const labels = `${readiness.curatedLabels} curated label${readiness.curatedLabels === 1 ? '' : 's'}`;
  const specimens = `${readiness.curatedSpecimens} specimen${readiness.curatedSpecimens === 1 ? '' : 's'}`;
  if (readiness.problems.length === 0)
    return (
      <p className="muted small" data-testid="training-readiness">
        Trains on {labels} from {specimens};{' '}
        {readiness.validationSpecimens > 0
          ? `measured on ${readiness.validationSpecimens} validation specimens (${readiness.validationLabels} labels).`
          : 'validation specimens are picked from them when the run starts.'}
      </p>
    );
  return (
    <div className="message message-warning small" role="alert" data-testid="validation-warning">
      <strong>Below the minimum for a useful run</strong> ({readiness.minimumLabels} curated labels on at
      least {readiness.minimumSpecimens} specimens):
      <ul>
        {readiness.problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      Import labelled specimens with Labels: curated on the{' '}
      <Link href={`/admin/datasets/${datasetId}`}>dataset page</Link>, or approve annotations on patches of
      more specimens. Weak (specimen-level) labels train but never validate.
    </div>
  );
}
