'use client';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { apiError } from '../graphql/graphql-error';
import {
  defaultExperimentForm,
  type ExperimentFormValues,
  experimentInput,
  MASK_LOSSES,
  WEIGHTINGS,
} from './experiment-grid-form';
import { CreateExperimentMutation } from './experiments.graphql';

const toggle = (list: readonly string[], id: string, on: boolean) =>
  on ? [...list, id] : list.filter((x) => x !== id);

/** Creates an experiment: k folds over the grid mask loss x task weighting (defaults: 3 folds, all). */
export function CreateExperimentForm({
  datasetId,
  onCreated,
}: {
  datasetId: string;
  onCreated(id: string): void;
}) {
  const [values, setValues] = useState<ExperimentFormValues>(defaultExperimentForm);
  const [errors, setErrors] = useState<string[]>([]);
  const [state, create] = useMutation(CreateExperimentMutation);
  const cells = values.maskLosses.length * values.weightings.length;
  const folds = Number(values.folds);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = experimentInput(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors([]);
    const res = await create({ datasetId, ...checked.input });
    if (res.data) {
      setValues(defaultExperimentForm());
      onCreated(res.data.createExperiment.id);
    }
  };

  return (
    <form className="card stack-sm" onSubmit={submit} noValidate data-testid="create-experiment">
      <h2>New experiment</h2>
      <div className="row">
        <label className="field grow">
          Name
          <input value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })} />
        </label>
        <label className="field small">
          Folds
          <input
            type="number"
            min={2}
            max={20}
            value={values.folds}
            onChange={(e) => setValues({ ...values, folds: e.target.value })}
          />
        </label>
        <label className="field small">
          Seed
          <input
            type="number"
            min={0}
            value={values.seed}
            onChange={(e) => setValues({ ...values, seed: e.target.value })}
          />
        </label>
      </div>
      <fieldset className="reasons">
        <legend className="small">Mask loss</legend>
        {MASK_LOSSES.map((m) => (
          <label key={m} className="choice small">
            <input
              type="checkbox"
              checked={values.maskLosses.includes(m)}
              onChange={(e) =>
                setValues({ ...values, maskLosses: toggle(values.maskLosses, m, e.target.checked) })
              }
            />
            {m}
          </label>
        ))}
      </fieldset>
      <fieldset className="reasons">
        <legend className="small">Task weighting</legend>
        {WEIGHTINGS.map((w) => (
          <label key={w.id} className="choice small">
            <input
              type="checkbox"
              checked={values.weightings.includes(w.id)}
              onChange={(e) =>
                setValues({ ...values, weightings: toggle(values.weightings, w.id, e.target.checked) })
              }
            />
            {w.label}
          </label>
        ))}
      </fieldset>
      <p className="muted small">
        {cells} settings × {Number.isFinite(folds) ? folds : '?'} folds ={' '}
        {Number.isFinite(folds) ? cells * folds : '?'} training runs (lite model).
        {folds < 6 ? ' Fewer than 6 folds cannot call differences significant.' : ''}
      </p>
      {errors.length > 0 && (
        <ul className="message message-error" role="alert">
          {errors.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
      {state.error && (
        <p className="message message-error" role="alert">
          {apiError(state.error).message}
        </p>
      )}
      <div className="row">
        <button type="submit" className="button button-primary" disabled={state.fetching}>
          {state.fetching ? 'Creating…' : 'Create experiment'}
        </button>
      </div>
    </form>
  );
}
