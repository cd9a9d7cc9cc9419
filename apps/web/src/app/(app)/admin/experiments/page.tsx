'use client';
import { RequireRole } from '@/features/auth/require-role';
import { DatasetPicker } from '@/features/datasets/dataset-picker';

export default function AdminExperimentsPage() {
  return (
    <RequireRole atLeast="ADMIN">
      <DatasetPicker
        base="/admin/experiments"
        title="Experiments"
        hint="Pick a dataset for its cross-validated training experiments and their reports."
      />
    </RequireRole>
  );
}
