'use client';
import { RequireRole } from '@/features/auth/require-role';
import { UserList } from '@/features/users/user-list';

export default function AdminUsersPage() {
  return (
    <RequireRole atLeast="ADMIN">
      <div className="stack">
        <h1 className="page-title">Users</h1>
        <UserList />
      </div>
    </RequireRole>
  );
}
