'use client';
import { useState } from 'react';
import { AnnotatorStats } from './annotator-stats';
import { CreateUserForm } from './create-user-form';
import { UserTable } from './user-table';

export function UsersPage() {
  const [reloadKey, setReloadKey] = useState(0);
  return (
    <div className="stack">
      <h1 className="page-title">Users</h1>
      <CreateUserForm onCreated={() => setReloadKey((k) => k + 1)} />
      <UserTable key={reloadKey} reloadKey={reloadKey} />
      <AnnotatorStats />
    </div>
  );
}
