'use client';
import { use } from 'react';
import { RequireRole } from '@/features/auth/require-role';
import { TrainingPage } from '@/features/training/training-page';

export default function AdminTrainingDatasetPage({ params }: { params: Promise<{ datasetId: string }> }) {
  const { datasetId } = use(params);
  return (
    <RequireRole atLeast="ADMIN">
      <TrainingPage datasetId={datasetId} />
    </RequireRole>
  );
}
