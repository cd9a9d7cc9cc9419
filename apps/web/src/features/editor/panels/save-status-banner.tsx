'use client';
import { useEffect, useState } from 'react';
import type { SaveStatus } from '../session/use-annotation-sync';

interface Props {
  status: SaveStatus;
  onOverwrite(): void;
  onReload(): void;
  onRetry(): void;
}

/** The save state in a word, and a clear message with a way out when saving is blocked. */
export function SaveStatusBanner({ status, onOverwrite, onReload, onRetry }: Props) {
  switch (status.kind) {
    case 'stale':
      return (
        <div className="banner banner-warning" role="alert" data-testid="stale-banner">
          <strong>This annotation was changed elsewhere</strong>
          {status.currentVersion !== null && <> (it is now at version {status.currentVersion})</>}. Your
          strokes and labels are kept here and in this browser; nothing is lost.
          <div className="row">
            <button type="button" className="button button-primary" onClick={onOverwrite}>
              Keep my version (save over it)
            </button>
            <button type="button" className="button" onClick={onReload}>
              Load the saved version
            </button>
          </div>
        </div>
      );
    case 'lease-lost':
      return (
        <div className="banner banner-warning" role="alert" data-testid="lease-banner">
          <strong>Your hold on this patch ended</strong> (it expired or was taken back). Your work is kept in
          this browser. Claim again to continue: if you get this patch back, your strokes are restored.
          <div className="row">
            <button type="button" className="button button-primary" onClick={onReload}>
              Claim again
            </button>
          </div>
        </div>
      );
    case 'error':
      return (
        <div className="banner banner-error" role="alert" data-testid="save-error-banner">
          <strong>Not saved:</strong> {status.message} Your work is kept in this browser;{' '}
          <RetryCountdown at={status.retryAt} /> (at once when the connection is back).
          <button type="button" className="button" onClick={onRetry}>
            Retry now
          </button>
        </div>
      );
    default:
      return null;
  }
}

/** "trying again in 4 s", counting down, so the annotator sees that nothing is needed of them. */
function RetryCountdown({ at }: { at: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);
  const seconds = Math.max(0, Math.ceil((at - now) / 1000));
  return (
    <span data-testid="save-retry">{seconds > 0 ? `trying again in ${seconds} s` : 'trying again now'}</span>
  );
}

export function saveStatusText(status: SaveStatus): string {
  switch (status.kind) {
    case 'clean':
      return 'No changes';
    case 'pending':
      return 'Unsaved changes…';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Draft saved';
    case 'error':
      return 'Not saved (retrying)';
    case 'stale':
      return 'Conflict';
    case 'lease-lost':
      return 'Lease lost';
  }
}
