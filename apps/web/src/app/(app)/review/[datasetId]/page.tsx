'use client';
import { use } from 'react';
import { RequireRole } from '@/features/auth/require-role';
import { ReviewPage } from '@/features/review/review-page';

export default function ReviewDatasetPage({
  params,
  searchParams,
}: {
  params: Promise<{ datasetId: string }>;
  searchParams: Promise<{ patch?: string }>;
}) {
  const { datasetId } = use(params);
  const { patch } = use(searchParams);
  return (
    <RequireRole atLeast="CURATOR">
      <ReviewPage datasetId={datasetId} initialPatchId={patch ?? null} />
    </RequireRole>
  );
}
