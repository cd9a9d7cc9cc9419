'use client';
import { RequireRole } from '@/features/auth/require-role';
import { DatasetPicker } from '@/features/datasets/dataset-picker';

export default function AdminLearningPage() {
  return (
    <RequireRole atLeast="ADMIN">
      <DatasetPicker
        base="/admin/learning"
        title="Active learning"
        hint="Pick a dataset for its acquisition settings, queue composition and label-efficiency curve."
      />
    </RequireRole>
  );
}
