'use client';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import type { AcquisitionSettingsQuery as Data } from '@/gql/graphql';
import { apiError } from '../graphql/graphql-error';
import {
  type AcquisitionFormValues,
  type FieldErrors,
  formFromSettings,
  MASK_MEASURE_OPTIONS,
  MC_DROPOUT_OPTIONS,
  NORMALISE_OPTIONS,
  settingsFromForm,
} from './acquisition-form';
import { UpdateAcquisitionSettingsMutation } from './learning.graphql';

type Settings = Data['acquisitionSettings'];

/** The settings as a validated form; saves with the version it was loaded at. */
export function AcquisitionForm({
  current,
  saved,
  onSaved,
  onReload,
}: {
  current: Settings;
  saved: boolean;
  onSaved(version: number): void;
  onReload(): void;
}) {
  const [values, setValues] = useState<AcquisitionFormValues>(() => formFromSettings(current.settings));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [state, update] = useMutation(UpdateAcquisitionSettingsMutation);
  const [stale, setStale] = useState<{ currentVersion: number | null } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [edited, setEdited] = useState(false);
  const set = (key: keyof AcquisitionFormValues) => (value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setEdited(true);
  };
  const strategy = current.strategies.find((s) => s.name === values.strategy);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailure(null);
    setStale(null);
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
      const currentVersion = info.extensions.currentVersion;
      if (info.code === 'STALE_VERSION')
        setStale({ currentVersion: typeof currentVersion === 'number' ? currentVersion : null });
      else setFailure(info.message);
      return;
    }
    if (res.data) onSaved(res.data.updateAcquisitionSettings.version);
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
        <label className="field small">
          MC-dropout mode
          <select value={values.mcDropout} onChange={(e) => set('mcDropout')(e.target.value)}>
            {MC_DROPOUT_OPTIONS.map((m) => (
              <option key={m} value={m}>
                {m === 'heads' ? 'heads (deterministic mask, ~1x)' : 'full (mask sampled too, ~T x)'}
              </option>
            ))}
          </select>
        </label>
        <label className="field small">
          Mask uncertainty
          <select
            value={values.maskMeasure}
            onChange={(e) => set('maskMeasure')(e.target.value)}
            aria-invalid={errors.maskMeasure ? true : undefined}
          >
            {MASK_MEASURE_OPTIONS.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
          {errors.maskMeasure && <span className="status-rejected small">{errors.maskMeasure}</span>}
        </label>
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
          {current.version}
          {stale.currentVersion !== null ? `, now ${stale.currentVersion}` : ''}). Your edits were not saved.{' '}
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
      {saved && !edited && (
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
            setEdited(false);
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
