'use client';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import type { DatasetAdminQuery } from '@/gql/graphql';
import { apiError } from '../graphql/graphql-error';
import { UpdateDatasetSettingsMutation } from './imports.graphql';

type Dataset = DatasetAdminQuery['dataset'];

/**
 * Name, consensus k, agreement threshold, share labelled twice, gold rate and patch geometry (geometry only before the first import).
 * The page remounts the form for each new dataset version, so "Saved" is the page's to remember:
 * `justSaved` says this version is the one this form saved.
 */
export function SettingsForm({
  dataset,
  justSaved,
  onSaved,
}: {
  dataset: Dataset;
  justSaved: boolean;
  onSaved(version: number): void;
}) {
  const [form, setForm] = useState({
    name: dataset.name,
    description: dataset.description,
    annotatorsPerPatch: String(dataset.annotatorsPerPatch),
    agreementThreshold: String(dataset.agreementThreshold),
    doubleLabelShare: String(dataset.doubleLabelShare),
    goldRate: String(dataset.goldRate),
    patchSize: String(dataset.patchSize),
    strideX: String(dataset.strideX),
    strideY: String(dataset.strideY),
  });
  const [state, save] = useMutation(UpdateDatasetSettingsMutation);
  const [edited, setEdited] = useState(false);
  const geometryLocked = dataset.stats.specimens > 0;
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => {
    setEdited(true);
    setForm((f) => ({ ...f, [key]: e.target.value }));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await save({
      id: dataset.id,
      expectedVersion: dataset.version,
      name: form.name,
      description: form.description,
      annotatorsPerPatch: Number(form.annotatorsPerPatch),
      agreementThreshold: Number(form.agreementThreshold),
      doubleLabelShare: Number(form.doubleLabelShare),
      goldRate: Number(form.goldRate),
      ...(geometryLocked
        ? {}
        : {
            patchSize: Number(form.patchSize),
            strideX: Number(form.strideX),
            strideY: Number(form.strideY),
          }),
    });
    const version = result.data?.updateDatasetSettings.version;
    if (!result.error && version !== undefined) onSaved(version);
  };
  const error = state.error ? apiError(state.error) : null;
  return (
    <form className="panel stack-sm" onSubmit={submit} aria-label="Dataset settings">
      <h3>Settings</h3>
      <div className="form-grid">
        <label className="field small">
          Name
          <input value={form.name} onChange={set('name')} />
        </label>
        <label className="field small">
          Annotators per patch (consensus k)
          <input
            type="number"
            min={1}
            max={10}
            value={form.annotatorsPerPatch}
            onChange={set('annotatorsPerPatch')}
          />
        </label>
        <label className="field small">
          Agreement threshold (to curators below)
          <input
            type="number"
            min={0}
            max={1}
            step={0.05}
            value={form.agreementThreshold}
            onChange={set('agreementThreshold')}
          />
        </label>
        <label className="field small">
          Share labelled twice (along the queue)
          <input
            type="number"
            min={0}
            max={1}
            step={0.05}
            value={form.doubleLabelShare}
            onChange={set('doubleLabelShare')}
          />
        </label>
        <label className="field small">
          Gold rate (share of claims served a gold patch)
          <input type="number" min={0} max={1} step={0.01} value={form.goldRate} onChange={set('goldRate')} />
        </label>
        <label className="field small">
          Patch size (px)
          <input type="number" value={form.patchSize} onChange={set('patchSize')} disabled={geometryLocked} />
        </label>
        <label className="field small">
          Stride x
          <input type="number" value={form.strideX} onChange={set('strideX')} disabled={geometryLocked} />
        </label>
        <label className="field small">
          Stride y
          <input type="number" value={form.strideY} onChange={set('strideY')} disabled={geometryLocked} />
        </label>
      </div>
      <label className="field small">
        Description
        <input value={form.description} onChange={set('description')} />
      </label>
      {geometryLocked && <p className="muted small">Patch geometry is fixed once specimens are imported.</p>}
      {error && (
        <p className="message message-error" role="alert">
          {error.code === 'STALE_VERSION'
            ? 'Someone changed these settings meanwhile; reload to see theirs.'
            : error.message}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button button-primary" disabled={state.fetching}>
          {state.fetching ? 'Saving…' : 'Save settings'}
        </button>
        {justSaved && !edited && <span className="status status-approved">Saved</span>}
      </div>
    </form>
  );
}
