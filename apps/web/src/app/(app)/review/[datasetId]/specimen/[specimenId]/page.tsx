'use client';
import { use } from 'react';
import { RequireRole } from '@/features/auth/require-role';
import { SpecimenView } from '@/features/review/specimen-view';

export default function SpecimenReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ datasetId: string; specimenId: string }>;
  searchParams: Promise<{ patch?: string }>;
}) {
  const { datasetId, specimenId } = use(params);
  const { patch } = use(searchParams);
  return (
    <RequireRole atLeast="CURATOR">
      <SpecimenView datasetId={datasetId} specimenId={specimenId} focusPatchId={patch ?? null} />
    </RequireRole>
  );
}
