'use client';
import { useState } from 'react';
import { useMutation } from 'urql';
import type { ImportLabels, ImportLayout, ImportOptionsInput } from '@/gql/graphql';
import { apiError } from '../graphql/graphql-error';
import { sameOriginObjectUrl } from '../graphql/object-url';
import { RequestArchiveUploadMutation, StartArchiveImportMutation } from './archive-upload.graphql';

export interface ArchiveImportOptions {
  layout?: ImportLayout;
  allOrNothing: boolean;
  labels: ImportLabels;
  options?: ImportOptionsInput;
}

/** PUTs the file with XHR (fetch reports no upload progress); resolves with the HTTP status. */
function putWithProgress(url: string, file: File, onProgress: (fraction: number) => void): Promise<number> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => resolve(xhr.status);
    xhr.onerror = () => resolve(0);
    xhr.send(file);
  });
}

/**
 * A dataset archive from the browser: a presigned PUT straight to the bucket (with progress),
 * then the same background import job as a server folder.
 */
export function useArchiveImport(datasetId: string, onStarted: () => void) {
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [, request] = useMutation(RequestArchiveUploadMutation);
  const [, start] = useMutation(StartArchiveImportMutation);
  const run = async (file: File, options: ArchiveImportOptions) => {
    setError(null);
    setProgress(0);
    try {
      const ticket = await request({ datasetId, filename: file.name, size: file.size });
      const t = ticket.data?.requestArchiveUpload;
      if (!t) return setError(ticket.error ? apiError(ticket.error).message : 'The upload was refused');
      const status = await putWithProgress(sameOriginObjectUrl(t.url), file, setProgress);
      if (status < 200 || status >= 300)
        return setError(`The archive could not be uploaded (HTTP ${status || 'network error'})`);
      const started = await start({ datasetId, uploadId: t.uploadId, ...options });
      if (!started.data) return setError(started.error ? apiError(started.error).message : 'Import refused');
      onStarted();
    } finally {
      setProgress(null);
    }
  };
  return { run, progress, busy: progress !== null, error };
}
