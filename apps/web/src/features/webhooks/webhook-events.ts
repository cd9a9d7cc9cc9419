import type { WebhookEvent } from '@/gql/graphql';

export interface EventInfo {
  event: WebhookEvent;
  /** The name receivers see in the body's `event` and in X-Hep2-Event. */
  wireName: string;
  explanation: string;
}

/** The events a webhook may subscribe to, in the order of the labeling workflow. */
export const SUBSCRIBABLE_EVENTS: readonly EventInfo[] = [
  {
    event: 'ANNOTATION_SUBMITTED',
    wireName: 'annotation.submitted',
    explanation: 'An annotator submitted the labels of a patch.',
  },
  {
    event: 'PATCH_APPROVED',
    wireName: 'patch.approved',
    explanation: 'A curator approved a patch, as submitted or edited.',
  },
  {
    event: 'PATCH_REJECTED',
    wireName: 'patch.rejected',
    explanation: 'A curator sent a patch back to its annotator with a comment.',
  },
  {
    event: 'IMPORT_FINISHED',
    wireName: 'import.finished',
    explanation: 'A dataset import ended, successfully or not.',
  },
  {
    event: 'TRAINING_RUN_FINISHED',
    wireName: 'training_run.finished',
    explanation: 'A training run reached a final status (evaluated, promoted, failed, cancelled…).',
  },
  {
    event: 'MODEL_PROMOTED',
    wireName: 'model.promoted',
    explanation: 'A model version became the active one.',
  },
  {
    event: 'MODEL_ROLLED_BACK',
    wireName: 'model.rolled_back',
    explanation: 'An admin rolled back to the previous model version.',
  },
  {
    event: 'DATASET_EXPORTED',
    wireName: 'dataset.exported',
    explanation: 'A dataset was exported (COCO or seed CSV).',
  },
];

/** PING is synthetic (sent by “Send ping” only), so it has a wire name but is not subscribable. */
export function wireName(event: WebhookEvent): string {
  return SUBSCRIBABLE_EVENTS.find((e) => e.event === event)?.wireName ?? event.toLowerCase();
}
