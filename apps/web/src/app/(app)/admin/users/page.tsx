'use client';
import { UsersPage } from '@/features/admin-users/users-page';
import { RequireRole } from '@/features/auth/require-role';

export default function AdminUsersPage() {
  return (
    <RequireRole atLeast="ADMIN">
      <UsersPage />
    </RequireRole>
  );
}
