'use client';
import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import type { IntensityMode, TaxonomyPreset } from '@/gql/graphql';
import { apiError } from '../graphql/graphql-error';
import { patchGeometryFrom, TAXONOMY_PRESET_OPTIONS } from './dataset-options';
import { CreateDatasetMutation } from './imports.graphql';
import { OptionRadios } from './option-radios';

const slugify = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48);

/** A new dataset: a taxonomy preset and its patch geometry (empty fields keep the API's defaults). */
export function CreateDatasetForm() {
  const router = useRouter();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [mode, setMode] = useState<IntensityMode>('BINARY');
  const [preset, setPreset] = useState<TaxonomyPreset>('SEED');
  const [geometry, setGeometry] = useState({ patchSize: '', stride: '' });
  const [invalid, setInvalid] = useState<string | null>(null);
  const [state, create] = useMutation(CreateDatasetMutation);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setInvalid(null);
    let patch: ReturnType<typeof patchGeometryFrom>;
    try {
      patch = patchGeometryFrom(geometry);
    } catch (err) {
      setInvalid(err instanceof Error ? err.message : String(err));
      return;
    }
    const result = await create({
      name,
      slug: slug || slugify(name),
      intensityMode: mode,
      taxonomyPreset: preset,
      ...patch,
    });
    if (result.data) router.push(`/admin/datasets/${result.data.createDataset.id}`);
  };
  const error = invalid ?? (state.error ? apiError(state.error).message : null);
  return (
    <form className="panel stack-sm" onSubmit={submit} aria-label="New dataset">
      <div className="row">
        <strong>New dataset</strong>
        <input
          name="name"
          placeholder="Name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
        />
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
      </div>
      <div className="split split-even">
        <OptionRadios
          legend="Taxonomy"
          name="taxonomyPreset"
          options={TAXONOMY_PRESET_OPTIONS}
          value={preset}
          onChange={setPreset}
        />
        <div className="stack-xs">
          <div className="row">
            <label className="field small">
              Patch size (px)
              <input
                name="patchSize"
                type="number"
                min={1}
                placeholder="default 384"
                value={geometry.patchSize}
                onChange={(e) => setGeometry((g) => ({ ...g, patchSize: e.target.value }))}
              />
            </label>
            <label className="field small">
              Stride (px, optional)
              <input
                name="stride"
                type="number"
                min={1}
                placeholder="in proportion"
                value={geometry.stride}
                onChange={(e) => setGeometry((g) => ({ ...g, stride: e.target.value }))}
              />
            </label>
          </div>
          <p className="muted small">
            Specimen images: keep 384. Cell crops: a patch size at least the crop size (e.g. 80 for ~78 px I3A
            cells), so that each crop is one patch of its own size, never padded.
          </p>
        </div>
      </div>
      {error && (
        <p className="message message-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
