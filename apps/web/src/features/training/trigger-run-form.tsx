'use client';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import type { TrainingRunConfigInput } from '@/gql/graphql';
import { apiError } from '../graphql/graphql-error';
import { settingEnumValue, settingText } from './run-settings';
import { TrainingRunDefaultsQuery, TriggerTrainingRunMutation } from './training.graphql';
import type { Run } from './use-live-runs';

type Weighting = NonNullable<TrainingRunConfigInput['weighting']>;
type PatchView = NonNullable<TrainingRunConfigInput['patchView']>;

interface Settings {
  epochs: string;
  inputSize: string;
  batchSize: string;
  learningRate: string;
  /** '' keeps the dataset's default. */
  weighting: Weighting | '';
  /** '' keeps the dataset's default (windows at native resolution above 128 px). */
  patchView: PatchView | '';
  fromScratch: boolean;
  weakLabels: boolean;
  autoPromote: 'policy' | 'yes' | 'no';
  /** Further settings as JSON (width, blocks, augment, maskLoss, seed, ...), merged last. */
  extra: string;
}

const DEFAULTS: Settings = {
  epochs: '',
  inputSize: '',
  batchSize: '',
  learningRate: '',
  weighting: '',
  patchView: '',
  fromScratch: false,
  weakLabels: false,
  autoPromote: 'policy',
  extra: '',
};

/** Only what the admin changed is sent; the API validates and fills in the rest. */
export function runConfigFrom(s: Settings): TrainingRunConfigInput {
  const config: TrainingRunConfigInput = {};
  const num = (v: string) => (v.trim() === '' ? undefined : Number(v));
  if (num(s.epochs) !== undefined) config.epochs = num(s.epochs);
  if (num(s.inputSize) !== undefined) config.inputSize = num(s.inputSize);
  if (num(s.batchSize) !== undefined) config.batchSize = num(s.batchSize);
  if (num(s.learningRate) !== undefined) config.learningRate = num(s.learningRate);
  if (s.weighting) config.weighting = s.weighting;
  if (s.patchView) config.patchView = s.patchView;
  if (s.fromScratch) config.fromScratch = true;
  if (s.weakLabels) config.weakLabels = true;
  if (s.autoPromote !== 'policy') config.autoPromote = s.autoPromote === 'yes';
  return { ...config, ...parseExtra(s.extra) };
}

/**
 * The extra JSON object; throws a message naming the problem when it is not an object. Values are
 * written as the trainer documents them ("maskLoss": "bce+dice"), sent as the API's enum values.
 */
export function parseExtra(text: string): TrainingRunConfigInput {
  if (!text.trim()) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('More settings: not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error('More settings: must be a JSON object, e.g. {"augment": false}');
  }
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [key, typeof v === 'string' ? settingEnumValue(v) : v]),
  ) as TrainingRunConfigInput;
}

/**
 * Trigger a run: empty fields keep the dataset policy's defaults (lite model, 5 epochs, the input
 * size from the dataset's patch size). `warning` is said before starting (e.g. no validation).
 */
export function TriggerRunForm({
  datasetId,
  patchSize,
  warning,
  belowMinimum,
  onStarted,
}: {
  datasetId: string;
  /** The dataset's patch size, null while unknown. */
  patchSize: number | null;
  warning?: ReactNode;
  /** The dataset is below the minimum for a useful run: starting needs an explicit tick. */
  belowMinimum?: boolean;
  onStarted(run: Run): void;
}) {
  const [settings, setSettings] = useState<Settings>(DEFAULTS);
  const [force, setForce] = useState(false);
  const [anyway, setAnyway] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, trigger] = useMutation(TriggerTrainingRunMutation);
  // The defaults come from the API (the dataset policy, its patch size, the trainer's schema).
  const [defaultsResult] = useQuery({ query: TrainingRunDefaultsQuery, variables: { datasetId } });
  const defaults = defaultsResult.data?.trainingRunDefaults;
  const defaultHint = (value: unknown) => (defaults ? `default ${settingText(value)}` : '');
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    setSettings((s) => ({ ...s, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    let config: TrainingRunConfigInput;
    try {
      config = runConfigFrom(settings);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      return;
    }
    const result = await trigger({ datasetId, config, force, belowMinimum: anyway });
    if (result.error) {
      const info = apiError(result.error);
      setError(
        info.code === 'TRAINING_BUSY'
          ? `${info.message}. Tick “queue behind it” to queue anyway.`
          : info.code === 'TRAINING_NOT_READY'
            ? `${info.message.replace(/ Start it anyway with belowMinimum\.$/, '')} Tick “start below the minimum” to start it anyway.`
            : info.message,
      );
      return;
    }
    if (result.data) onStarted(result.data.triggerTrainingRun);
  };

  const numberField = (
    key: 'epochs' | 'inputSize' | 'batchSize' | 'learningRate',
    label: string,
    hint: string,
  ) => (
    <label className="field small">
      {label}
      <input
        name={key}
        inputMode="decimal"
        placeholder={hint}
        value={settings[key]}
        onChange={(e) => set(key, e.target.value)}
      />
    </label>
  );

  return (
    <form className="panel stack-sm" onSubmit={submit} data-testid="trigger-run-form">
      <h3>New training run</h3>
      <div className="form-grid">
        {numberField('epochs', 'Epochs', defaultHint(defaults?.epochs))}
        {numberField('inputSize', 'Input size (px)', defaultHint(defaults?.inputSize))}
        {numberField('batchSize', 'Batch size', defaultHint(defaults?.batchSize))}
        {numberField('learningRate', 'Learning rate', defaultHint(defaults?.learningRate))}
        <label className="field small">
          Task weighting
          <select
            value={settings.weighting}
            onChange={(e) => set('weighting', e.target.value as Settings['weighting'])}
          >
            <option value="">Default ({settingText(defaults?.weighting)})</option>
            <option value="GRADNORM">GradNorm</option>
            <option value="UNCERTAINTY">Uncertainty</option>
            <option value="FIXED">Fixed</option>
          </select>
        </label>
        <label className="field small">
          Patch view
          <select
            name="patchView"
            value={settings.patchView}
            onChange={(e) => set('patchView', e.target.value as Settings['patchView'])}
          >
            <option value="">Default ({settingText(defaults?.patchView)})</option>
            <option value="TILES">Windows at native resolution</option>
            <option value="RESIZED">Whole patch, resized</option>
          </select>
        </label>
        <label className="field small">
          Auto-promote
          <select
            value={settings.autoPromote}
            onChange={(e) => set('autoPromote', e.target.value as Settings['autoPromote'])}
          >
            <option value="policy">Dataset policy</option>
            <option value="yes">Yes, if the rule passes</option>
            <option value="no">No, I decide</option>
          </select>
        </label>
      </div>
      {patchSize !== null && defaults?.inputSize && (
        <p className="muted small" data-testid="input-size-default">
          Input size by default: from the dataset ({patchSize} px patches → {defaults.inputSize} px
          {patchSize > 128
            ? defaults.patchView === 'TILES'
              ? ` windows of each patch seen at ${defaults.viewSize ?? patchSize} px, stitched back for the mask`
              : '; patches above 128 px train at 64 px'
            : ', rounded to what the network accepts'}
          ).
        </p>
      )}
      <label className="field small">
        More settings (JSON, optional)
        <input
          name="extra"
          placeholder='e.g. {"width": 4, "augment": false, "maskLoss": "dice"}'
          value={settings.extra}
          onChange={(e) => set('extra', e.target.value)}
        />
      </label>
      <label className="inline-field">
        <input
          type="checkbox"
          checked={settings.fromScratch}
          onChange={(e) => set('fromScratch', e.target.checked)}
        />
        From scratch (ignore the active model)
      </label>
      <label className="inline-field">
        <input
          type="checkbox"
          name="weakLabels"
          checked={settings.weakLabels}
          onChange={(e) => set('weakLabels', e.target.checked)}
        />
        Also use specimen-level (weak) labels
      </label>
      <label className="inline-field">
        <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} />
        Queue behind a running run
      </label>
      {warning}
      {(belowMinimum || anyway) && (
        <label className="inline-field">
          <input
            type="checkbox"
            data-testid="below-minimum"
            checked={anyway}
            onChange={(e) => setAnyway(e.target.checked)}
          />
          Start below the minimum anyway (e.g. to try the pipeline; the run may be rejected or fail)
        </label>
      )}
      {error && (
        <p className="message message-error" role="alert">
          {error}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button button-primary" disabled={fetching} data-testid="trigger-run">
          {fetching ? 'Queuing…' : 'Start training'}
        </button>
        <button type="button" className="button button-ghost" onClick={() => setSettings(DEFAULTS)}>
          Reset to defaults
        </button>
      </div>
    </form>
  );
}
