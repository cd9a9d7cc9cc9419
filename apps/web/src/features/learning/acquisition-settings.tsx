'use client';
import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { AcquisitionSettingsQuery as Data } from '@/gql/graphql';
import { apiError } from '../graphql/graphql-error';
import { QueryStates } from '../ui/query-states';
import {
  type AcquisitionFormValues,
  type FieldErrors,
  formFromSettings,
  NORMALISE_OPTIONS,
  settingsFromForm,
} from './acquisition-form';
import { AcquisitionSettingsQuery, UpdateAcquisitionSettingsMutation } from './learning.graphql';
import { ScoreNowButton } from './score-now-button';

type Settings = Data['acquisitionSettings'];

/** The dataset's acquisition settings, editable; saves with the version it was loaded at. */
export function AcquisitionSettings({ datasetId, onSaved }: { datasetId: string; onSaved(): void }) {
  const [result, refetch] = useQuery({ query: AcquisitionSettingsQuery, variables: { datasetId } });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <section className="panel stack-sm" aria-label="Acquisition settings" data-testid="acquisition-settings">
      <h3>Acquisition settings</h3>
      <QueryStates {...result} retry={reload}>
        {(data) => (
          <AcquisitionForm
            // a new version (saved here or elsewhere) resets the form to the stored values
            key={data.acquisitionSettings.version}
            current={data.acquisitionSettings}
            onSaved={onSaved}
            onReload={reload}
          />
        )}
      </QueryStates>
      <ScoreNowButton datasetId={datasetId} onScored={onSaved} />
    </section>
  );
}

function AcquisitionForm({
  current,
  onSaved,
  onReload,
}: {
  current: Settings;
  onSaved(): void;
  onReload(): void;
}) {
  const [values, setValues] = useState<AcquisitionFormValues>(() => formFromSettings(current.settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [state, update] = useMutation(UpdateAcquisitionSettingsMutation);
  const [stale, setStale] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const set = (key: keyof AcquisitionFormValues) => (value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setSaved(false);
  };
  const strategy = current.strategies.find((s) => s.name === values.strategy);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailure(null);
    setStale(false);
    const checked = settingsFromForm(values, current.settings);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const res = await update({
      datasetId: current.datasetId,
      settings: checked.settings,
      version: current.version,
    });
    if (res.error) {
      const info = apiError(res.error);
      if (info.code === 'STALE_VERSION') setStale(true);
      else setFailure(info.message);
      return;
    }
    setSaved(true);
    onSaved();
  };

  return (
    <form className="stack-sm" onSubmit={submit} noValidate data-testid="acquisition-form">
      <p className="muted small">
        Scoring method <code>{current.scoringMethod}</code> · version {current.version}
      </p>
      <label className="field small">
        Strategy
        <select value={values.strategy} onChange={(e) => set('strategy')(e.target.value)}>
          {current.strategies.map((s) => (
            <option key={s.name} value={s.name}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {strategy && <p className="muted small">{strategy.description}</p>}
      <div className="row">
        <NumberField label="Batch size" name="batchSize" values={values} errors={errors} set={set} />
        <NumberField label="MC-dropout passes" name="mcSamples" values={values} errors={errors} set={set} />
        <NumberField label="Seed" name="seed" values={values} errors={errors} set={set} />
      </div>
      <div className="row">
        <NumberField label="Pattern weight" name="weightPattern" values={values} errors={errors} set={set} />
        <NumberField
          label="Intensity weight"
          name="weightIntensity"
          values={values}
          errors={errors}
          set={set}
        />
        <NumberField label="Mask weight" name="weightMask" values={values} errors={errors} set={set} />
      </div>
      <div className="row">
        <label className="field small">
          Normalisation
          <select value={values.normalise} onChange={(e) => set('normalise')(e.target.value)}>
            {NORMALISE_OPTIONS.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <NumberField
          label="Rare-class share (0–1)"
          name="rareShare"
          values={values}
          errors={errors}
          set={set}
        />
      </div>
      {stale && (
        <div className="message message-error" role="alert" data-testid="stale-version">
          <strong>STALE_VERSION:</strong> the dataset changed since these settings were loaded (version{' '}
          {current.version}). Your edits were not saved.{' '}
          <button type="button" className="button" onClick={onReload}>
            Reload the current settings
          </button>
        </div>
      )}
      {failure && (
        <p className="message message-error" role="alert">
          {failure}
        </p>
      )}
      {saved && (
        <p className="message status-approved" role="status">
          Saved.
        </p>
      )}
      <div className="row">
        <button type="submit" className="button button-primary" disabled={state.fetching}>
          {state.fetching ? 'Saving…' : 'Save settings'}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setValues(formFromSettings(current.settings));
            setErrors({});
          }}
        >
          Reset
        </button>
      </div>
    </form>
  );
}

function NumberField({
  label,
  name,
  values,
  errors,
  set,
}: {
  label: string;
  name: keyof AcquisitionFormValues;
  values: AcquisitionFormValues;
  errors: FieldErrors;
  set(key: keyof AcquisitionFormValues): (value: string) => void;
}) {
  const error = errors[name];
  return (
    <label className="field small">
      {label}
      <input
        type="number"
        step="any"
        value={values[name]}
        aria-invalid={error ? true : undefined}
        onChange={(e) => set(name)(e.target.value)}
      />
      {error && <span className="status-rejected small">{error}</span>}
    </label>
  );
}
