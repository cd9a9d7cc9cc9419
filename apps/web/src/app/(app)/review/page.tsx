'use client';
import { RequireRole } from '@/features/auth/require-role';
import { DatasetOverview } from '@/features/datasets/dataset-overview';

export default function ReviewPage() {
  return (
    <RequireRole atLeast="CURATOR">
      <div className="stack">
        <h1 className="page-title">Review</h1>
        <p className="muted">
          The review queue with side-by-side masks and agreement comes next; datasets and their counts:
        </p>
        <DatasetOverview reviewLinks />
      </div>
    </RequireRole>
  );
}
