'use client';
import { useRef, useState } from 'react';

/**
 * A freshly issued signing secret. The API returns it only from create and rotate, so this box is
 * the one chance to copy it; it stays until the admin dismisses it.
 */
export function SecretBox({ url, secret, onDismiss }: { url: string; secret: string; onDismiss(): void }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const codeRef = useRef<HTMLElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      // No clipboard permission (e.g. plain http on another host): select it for Ctrl+C instead.
      const range = document.createRange();
      if (codeRef.current) range.selectNodeContents(codeRef.current);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      setCopied('no');
    }
  };
  return (
    <section
      className="banner banner-warning secret-box"
      aria-label="Webhook secret"
      data-testid="secret-box"
    >
      <strong>Signing secret for {url}</strong>
      <div className="row">
        <code className="code secret grow" ref={codeRef} data-testid="webhook-secret">
          {secret}
        </code>
        <button type="button" className="button" onClick={copy}>
          Copy secret
        </button>
        <button type="button" className="button button-ghost" onClick={onDismiss}>
          I have stored it
        </button>
      </div>
      <p className="message">
        Copy it now: it will not be shown again. If it is lost, rotate the secret.{' '}
        <span role="status" className="message-info">
          {copied === 'yes' && 'Copied to the clipboard.'}
          {copied === 'no' && 'No clipboard access here: the secret is selected, press Ctrl+C.'}
        </span>
      </p>
      <p className="muted small">
        How to verify: every request carries{' '}
        <code>X-Hep2-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</code> where v1 is{' '}
        <code>HMAC-SHA256(secret, "&lt;t&gt;.&lt;raw body&gt;")</code>. Recompute it over the raw request
        body, compare in constant time, and refuse timestamps older than a few minutes.
      </p>
    </section>
  );
}
