export interface UrlHints {
  /** Why the URL cannot work at all (the form is not sent); null when it might. */
  error: string | null;
  /** What looks risky but may be intended; the server has the last word. */
  warnings: string[];
}

/**
 * Hints for an obviously bad receiver URL, shown while typing. Deliberately shallow: which hosts are
 * allowed (private networks, loopback) is the server's rule, and its refusal is shown as it says it.
 */
export function urlHints(input: string): UrlHints {
  const text = input.trim();
  if (text === '') return { error: 'Enter the URL that receives the events.', warnings: [] };
  if (/\s/.test(text)) return { error: 'A URL cannot contain spaces.', warnings: [] };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: 'Not a full URL: start with https:// and a host name.', warnings: [] };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { error: `Webhooks are sent over HTTP(S), not ${url.protocol.replace(':', '')}.`, warnings: [] };
  }
  if (!url.hostname) return { error: 'The URL has no host name.', warnings: [] };
  const warnings: string[] = [];
  if (url.protocol === 'http:') warnings.push('Plain http:// sends the events unencrypted; prefer https://.');
  if (url.username || url.password)
    warnings.push('The URL carries a user name or password: every admin sees them in this list.');
  if (url.hash) warnings.push('The #fragment part is never sent to the receiver.');
  return { error: null, warnings };
}
