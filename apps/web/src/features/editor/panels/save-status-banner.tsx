'use client';
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
        <div className="banner banner-error" role="alert">
          <strong>Not saved:</strong> {status.message} Your work is kept in this browser.
          <button type="button" className="button" onClick={onRetry}>
            Retry
          </button>
        </div>
      );
    default:
      return null;
  }
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
      return 'Not saved';
    case 'stale':
      return 'Conflict';
    case 'lease-lost':
      return 'Lease lost';
  }
}
