import type { ReactNode } from 'react';

export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function ErrorState({
  message,
  onRetry,
  details,
  actions,
}: {
  message: string;
  onRetry?: () => void;
  /** The raw error, folded away, for support. */
  details?: string | null;
  /** Buttons besides "Try again". */
  actions?: ReactNode;
}) {
  return (
    <div className="state state-error" role="alert">
      <strong>Something went wrong.</strong> {message}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      )}
      {actions}
      {details && <ErrorDetails raw={details} />}
    </div>
  );
}

/** A raw error message, folded away: people read the sentence, support reads this. */
export function ErrorDetails({ raw }: { raw: string }) {
  return (
    <details className="error-details" data-testid="error-details">
      <summary>Details</summary>
      <code>{raw}</code>
    </details>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <strong>{title}</strong>
      {children && <div>{children}</div>}
    </div>
  );
}
