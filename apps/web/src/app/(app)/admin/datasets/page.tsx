'use client';
import { RequireRole } from '@/features/auth/require-role';
import { DatasetOverview } from '@/features/datasets/dataset-overview';
import { CreateDatasetForm } from '@/features/imports/create-dataset-form';

export default function AdminDatasetsPage() {
  return (
    <RequireRole atLeast="ADMIN">
      <div className="stack">
        <h1 className="page-title">Datasets</h1>
        <CreateDatasetForm />
        <DatasetOverview manageLinks reviewLinks />
      </div>
    </RequireRole>
  );
}
