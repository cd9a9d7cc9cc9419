'use client';
import { use } from 'react';
import { RequireRole } from '@/features/auth/require-role';
import { ExperimentsPage } from '@/features/experiments/experiments-page';

export default function AdminExperimentsDatasetPage({ params }: { params: Promise<{ datasetId: string }> }) {
  const { datasetId } = use(params);
  return (
    <RequireRole atLeast="ADMIN">
      <ExperimentsPage datasetId={datasetId} />
    </RequireRole>
  );
}
