'use client';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { AnnotationInput } from '@/gql/graphql';
import { apiError } from '../graphql/graphql-error';
import { ApprovePatchMutation, EditAndApproveMutation, RejectAnnotationMutation } from './review.graphql';
import type { ReviewAnnotation } from './use-review-item';

/** Approve, reject with comment, edit-and-approve the selected submission; `onDone` after success. */
export function useReviewActions(patchId: string, current: ReviewAnnotation | undefined, onDone: () => void) {
  const [approveState, approveMutation] = useMutation(ApprovePatchMutation);
  const [rejectState, rejectMutation] = useMutation(RejectAnnotationMutation);
  const [editState, editMutation] = useMutation(EditAndApproveMutation);
  const [error, setError] = useState<string | null>(null);
  const busy = approveState.fetching || rejectState.fetching || editState.fetching;

  const finish = (result: { error?: Parameters<typeof apiError>[0] | undefined }) => {
    if (result.error) {
      setError(apiError(result.error).message);
      return;
    }
    setError(null);
    onDone();
  };

  return {
    busy,
    error,
    approve: async () => {
      if (!current || busy) return;
      finish(await approveMutation({ patchId, annotationId: current.id }));
    },
    reject: async (comment: string) => {
      if (!current || busy) return;
      finish(await rejectMutation({ annotationId: current.id, comment }));
    },
    /** The curator's labels and mask (see editApproveVariables). */
    editApprove: async (variables: { input: AnnotationInput; fromAnnotationId: string | null }) => {
      if (!current || busy) return;
      finish(await editMutation(variables));
    },
  };
}
