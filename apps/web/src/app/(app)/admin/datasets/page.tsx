'use client';
import { RequireRole } from '@/features/auth/require-role';
import { DatasetOverview } from '@/features/datasets/dataset-overview';

export default function AdminDatasetsPage() {
  return (
    <RequireRole atLeast="ADMIN">
      <div className="stack">
        <h1 className="page-title">Datasets</h1>
        <DatasetOverview />
      </div>
    </RequireRole>
  );
}
