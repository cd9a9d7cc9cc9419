'use client';
import { RequireRole } from '@/features/auth/require-role';
import { DatasetPicker } from '@/features/datasets/dataset-picker';

export default function AdminTrainingPage() {
  return (
    <RequireRole atLeast="ADMIN">
      <DatasetPicker
        base="/admin/training"
        title="Training"
        hint="Pick a dataset to trigger runs, watch them live, compare them and promote model versions."
      />
    </RequireRole>
  );
}
