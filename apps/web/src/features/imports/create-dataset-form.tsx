'use client';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import type { IntensityMode } from '@/gql/graphql';
import { apiError } from '../graphql/graphql-error';
import { CreateDatasetMutation } from './imports.graphql';

const slugify = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48);

/** A new dataset with the reference taxonomy (7 patterns + negative) and default patch settings. */
export function CreateDatasetForm() {
  const router = useRouter();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [mode, setMode] = useState<IntensityMode>('BINARY');
  const [state, create] = useMutation(CreateDatasetMutation);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await create({ name, slug: slug || slugify(name), intensityMode: mode });
    if (result.data) router.push(`/admin/datasets/${result.data.createDataset.id}`);
  };
  return (
    <form className="panel row" onSubmit={submit} aria-label="New dataset">
      <strong>New dataset</strong>
      <input name="name" placeholder="Name" value={name} onChange={(e) => setName(e.target.value)} required />
      <input
        name="slug"
        placeholder={slugify(name) || 'slug'}
        value={slug}
        onChange={(e) => setSlug(e.target.value)}
      />
      <select
        value={mode}
        onChange={(e) => setMode(e.target.value as IntensityMode)}
        aria-label="Intensity mode"
      >
        <option value="BINARY">Binary intensity</option>
        <option value="ORDINAL">Ordinal intensity</option>
      </select>
      <button type="submit" className="button button-primary" disabled={state.fetching || !name.trim()}>
        {state.fetching ? 'Creating…' : 'Create'}
      </button>
      {state.error && <span className="message message-error">{apiError(state.error).message}</span>}
    </form>
  );
}
