import type { NextFunction, Request, Response } from 'express';

/** What every API response carries (the web app sets its own, for its pages: apps/web/next.config.ts). */
const HEADERS: Readonly<Record<string, string>> = {
  // The API answers JSON: nothing in it may run, load or be framed (clickjacking of the landing page).
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export interface SecurityHeaderOptions {
  /** Behind HTTPS (SECURE_COOKIES): browsers are told to keep using it. */
  https: boolean;
  /**
   * Apollo's landing page (GET /graphql from a browser, only while introspection is on) is an HTML
   * page loading Apollo's sandbox; it keeps every header but the content policy, which would blank it.
   */
  landingPage: boolean;
}

const wantsHtml = (req: Request) => req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');

/** helmet's essentials for a JSON API, without the dependency: a handful of fixed headers. */
export function securityHeaders(options: SecurityHeaderOptions) {
  return (req: Request, res: Response, next: NextFunction): void => {
    for (const [name, value] of Object.entries(HEADERS)) res.setHeader(name, value);
    if (options.landingPage && wantsHtml(req)) res.removeHeader('Content-Security-Policy');
    if (options.https) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
    next();
  };
}
