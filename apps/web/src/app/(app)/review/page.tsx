'use client';
import { RequireRole } from '@/features/auth/require-role';
import { DatasetPicker } from '@/features/datasets/dataset-picker';

export default function ReviewIndexPage() {
  return (
    <RequireRole atLeast="CURATOR">
      <DatasetPicker base="/review" title="Review" hint="Pick a dataset to open its review queue." />
    </RequireRole>
  );
}
