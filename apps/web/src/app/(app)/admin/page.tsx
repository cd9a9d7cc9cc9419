'use client';
import { RequireRole } from '@/features/auth/require-role';
import { AdminHome } from '@/features/home/admin-home';

export default function AdminPage() {
  return (
    <RequireRole atLeast="ADMIN">
      <AdminHome />
    </RequireRole>
  );
}
