'use client';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import type { Role } from '@/gql/graphql';
import { apiError } from '../graphql/graphql-error';
import { CreateUserMutation } from './users.graphql';

const EMPTY = { name: '', email: '', password: '', role: 'ANNOTATOR' as Role };

/** A new account with an initial password (10+ characters) the person changes after signing in. */
export function CreateUserForm({ onCreated }: { onCreated(): void }) {
  const [form, setForm] = useState(EMPTY);
  const [state, create] = useMutation(CreateUserMutation);
  const [created, setCreated] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await create(form);
    if (result.data) {
      setCreated(result.data.createUser.email);
      setForm(EMPTY);
      onCreated();
    }
  };
  return (
    <form className="panel row" onSubmit={submit} aria-label="New user">
      <strong>New user</strong>
      <input
        name="name"
        placeholder="Name"
        value={form.name}
        onChange={(e) => setForm({ ...form, name: e.target.value })}
        required
      />
      <input
        name="email"
        type="email"
        placeholder="Email"
        value={form.email}
        onChange={(e) => setForm({ ...form, email: e.target.value })}
        required
      />
      <input
        name="password"
        type="password"
        placeholder="Initial password (10+)"
        minLength={10}
        value={form.password}
        onChange={(e) => setForm({ ...form, password: e.target.value })}
        required
      />
      <select
        value={form.role}
        onChange={(e) => setForm({ ...form, role: e.target.value as Role })}
        aria-label="Role"
      >
        <option value="ANNOTATOR">Annotator</option>
        <option value="CURATOR">Curator</option>
        <option value="ADMIN">Admin</option>
      </select>
      <button type="submit" className="button button-primary" disabled={state.fetching}>
        {state.fetching ? 'Creating…' : 'Create user'}
      </button>
      {state.error && <span className="message message-error">{apiError(state.error).message}</span>}
      {created && !state.error && <span className="status status-approved">Created {created}</span>}
    </form>
  );
}
