'use client';
import { RequireRole } from '@/features/auth/require-role';
import { WebhooksPage } from '@/features/webhooks/webhooks-page';

export default function AdminWebhooksPage() {
  return (
    <RequireRole atLeast="ADMIN">
      <WebhooksPage />
    </RequireRole>
  );
}
