'use client';
import { use } from 'react';
import { RequireRole } from '@/features/auth/require-role';
import { LearningPage } from '@/features/learning/learning-page';

export default function AdminLearningDatasetPage({ params }: { params: Promise<{ datasetId: string }> }) {
  const { datasetId } = use(params);
  return (
    <RequireRole atLeast="ADMIN">
      <LearningPage datasetId={datasetId} />
    </RequireRole>
  );
}
