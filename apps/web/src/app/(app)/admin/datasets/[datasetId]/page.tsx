'use client';
import { use } from 'react';
import { RequireRole } from '@/features/auth/require-role';
import { DatasetAdminPage } from '@/features/imports/dataset-admin-page';

export default function AdminDatasetPage({ params }: { params: Promise<{ datasetId: string }> }) {
  const { datasetId } = use(params);
  return (
    <RequireRole atLeast="ADMIN">
      <DatasetAdminPage datasetId={datasetId} />
    </RequireRole>
  );
}
