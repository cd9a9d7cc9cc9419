'use client';
import { RequireRole } from '@/features/auth/require-role';
import { EmptyState } from '@/features/ui/states';

export default function AdminTrainingPage() {
  return (
    <RequireRole atLeast="ADMIN">
      <div className="stack">
        <h1 className="page-title">Training</h1>
        <EmptyState title="Training runs and model versions are coming">
          Runs, live progress, metrics and promotion appear here once the trainer API is published.
        </EmptyState>
      </div>
    </RequireRole>
  );
}
