'use client';
import { type FormEvent, useState } from 'react';
import { useClient } from 'urql';
import type { DatasetAdminQuery, ImportLabels } from '@/gql/graphql';
import { apiError } from '../graphql/graphql-error';
import { sameOriginObjectUrl } from '../graphql/object-url';
import { bytes } from '../ui/format';
import { LABEL_TRUST_OPTIONS } from './dataset-options';
import { ImportErrorText } from './import-error-text';
import { CompleteSpecimenUploadMutation, RequestSpecimenUploadMutation } from './imports.graphql';

type Dataset = DatasetAdminQuery['dataset'];
type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

/** Upload one specimen image: a presigned PUT (through this origin), then the server validates it. */
export function UploadPanel({ dataset, onUploaded }: { dataset: Dataset; onUploaded(): void }) {
  const client = useClient();
  const [file, setFile] = useState<File | null>(null);
  const [pattern, setPattern] = useState('');
  const [intensity, setIntensity] = useState('');
  const [labels, setLabels] = useState<ImportLabels>('WEAK');
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const upload = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setStep({ kind: 'busy', what: 'Asking for an upload URL…' });
    const ticket = await client
      .mutation(RequestSpecimenUploadMutation, {
        datasetId: dataset.id,
        filename: file.name,
        size: file.size,
      })
      .toPromise();
    if (ticket.error || !ticket.data) {
      setStep({ kind: 'error', text: ticket.error ? apiError(ticket.error).message : 'No upload URL' });
      return;
    }
    const t = ticket.data.requestSpecimenUpload;
    setStep({ kind: 'busy', what: `Uploading ${bytes(file.size)}…` });
    const put = await fetch(sameOriginObjectUrl(t.url), { method: t.method, body: file }).catch(() => null);
    if (!put?.ok) {
      setStep({ kind: 'error', text: `The upload failed (${put ? put.status : 'network error'}).` });
      return;
    }
    setStep({ kind: 'busy', what: 'Validating and cutting patches…' });
    const done = await client
      .mutation(CompleteSpecimenUploadMutation, {
        uploadId: t.uploadId,
        ...(pattern ? { pattern } : {}),
        ...(intensity ? { intensity } : {}),
        labels,
      })
      .toPromise();
    if (done.error || !done.data) {
      setStep({ kind: 'error', text: done.error ? apiError(done.error).message : 'Upload not accepted' });
      return;
    }
    const s = done.data.completeSpecimenUpload;
    setStep({
      kind: 'done',
      text:
        `Specimen ${s.externalId} added: ${s.width}×${s.height}, ${s.patches.length} patches` +
        (labels === 'CURATED' ? ', approved with its labels as curated ground truth.' : '.'),
    });
    onUploaded();
  };

  return (
    <section className="card stack-sm" aria-label="Upload">
      <h2>Upload a specimen image</h2>
      <form className="row" onSubmit={upload}>
        <input
          type="file"
          name="specimen"
          accept="image/png,image/tiff,image/jpeg,.png,.tif,.tiff,.jpg"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <select value={pattern} onChange={(e) => setPattern(e.target.value)} aria-label="Specimen pattern">
          <option value="">Pattern unknown</option>
          {dataset.patternClasses.map((c) => (
            <option key={c.id} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
        <select
          value={intensity}
          onChange={(e) => setIntensity(e.target.value)}
          aria-label="Specimen intensity"
        >
          <option value="">Intensity unknown</option>
          {dataset.intensityLevels.map((l) => (
            <option key={l.id} value={l.key}>
              {l.name}
            </option>
          ))}
        </select>
        <select
          name="labels"
          value={labels}
          onChange={(e) => setLabels(e.target.value as ImportLabels)}
          aria-label="Labels"
        >
          {LABEL_TRUST_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              Labels: {o.label.toLowerCase()}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-primary" disabled={!file || step.kind === 'busy'}>
          Upload
        </button>
      </form>
      <p className="muted small">{LABEL_TRUST_OPTIONS.find((o) => o.value === labels)?.hint}</p>
      {step.kind === 'busy' && (
        <p className="muted small" role="status">
          {step.what}
        </p>
      )}
      {step.kind === 'done' && (
        <p className="status status-approved" role="status">
          {step.text}
        </p>
      )}
      {step.kind === 'error' && (
        <div className="message message-error" role="alert">
          <ImportErrorText reason={step.text} />
        </div>
      )}
    </section>
  );
}
