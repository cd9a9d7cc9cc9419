/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signIn } from './support/browser';
import { type Platform, startPlatform } from './support/platform';
import { seedLabelingDataset } from './support/seed-dataset';

let platform: Platform;
let browser: Browser;

beforeAll(async () => {
  platform = await startPlatform();
  await seedLabelingDataset(platform.db, platform.infra.s3);
  browser = await launchChromium();
}, 400_000);

afterAll(async () => {
  await browser?.close().catch(() => {});
  await platform?.stop();
});

/** A page that records every content-policy violation the browser reports, and CSP console errors. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (line: string) => violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportCspViolation: (l: string) => void }).reportCspViolation;
      report(`${e.violatedDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(`console: ${m.text()}`);
  });
  return { page, violations };
}

describe('web app security headers', () => {
  it('serves pages with a content policy, no framing, nosniff and a referrer policy', async () => {
    const response = await fetch(`${platform.webUrl}/sign-in`);
    await response.arrayBuffer();
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
    // a production build evaluates no code
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
  });

  it('the annotator editor (images, masks, live updates) runs without a single violation', async () => {
    const { page, violations } = await watchedPage();
    await signIn(page, platform.webUrl, 'annotator@demo.local', 'demo-annotator-pass');
    await page.waitForURL(/\/annotate$/);
    await page.getByText('E2E HEp-2 (synthetic)').waitFor();
    await page.click('[data-testid=start-labeling]');
    await page.waitForSelector('[data-testid=editor]');
    await page.getByText('Starting from the model’s proposed mask.').waitFor();
    await page.keyboard.press('u');
    await page.getByTestId('uncertainty-tag').waitFor();
    expect(violations).toEqual([]);
  });

  it('the admin pages run without a violation', async () => {
    const { page, violations } = await watchedPage();
    await signIn(page, platform.webUrl, 'admin@demo.local', 'demo-admin-pass');
    await page.waitForLoadState('networkidle');
    for (const path of ['/admin/datasets', '/admin/users', '/review']) {
      await page.goto(`${platform.webUrl}${path}`);
      await page.waitForLoadState('networkidle');
    }
    expect(violations).toEqual([]);
  });
});
