/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, launchChromium, screenshot, signIn } from './support/browser';
import { type Platform, startPlatform } from './support/platform';
import { signatureVerifies, startWebhookReceiver } from './support/webhook-receiver';

let platform: Platform;
let browser: Browser;
let page: Page;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

// A failed attempt is retried a minute later: long enough to see it PENDING with its next attempt.
// The receiver listens on 127.0.0.1, a target the default refuses.
const WEBHOOK_ENV = {
  WEBHOOK_RETRY_BASE_MS: '60000',
  WEBHOOK_MAX_ATTEMPTS: '5',
  WEBHOOK_ALLOW_PRIVATE: 'true',
};

beforeAll(async () => {
  [platform, receiver] = await Promise.all([startPlatform({ env: WEBHOOK_ENV }), startWebhookReceiver()]);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  await signIn(page, platform.webUrl, 'admin@demo.local', 'demo-admin-pass');
  await page.waitForSelector('[data-testid=viewer]');
}, 400_000);

afterEach(async (context) => {
  if (context.task.result?.state === 'fail') await screenshot(page, 'failed-webhooks').catch(() => {});
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await receiver?.close();
  await platform?.stop();
});

describe('webhooks admin page in Chromium', () => {
  it('creates a webhook, shows its secret once, pings it live and logs a failing receiver', async () => {
    await page.goto(`${platform.webUrl}/admin`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Webhooks' }).click();
    await page.waitForURL(/\/admin\/webhooks$/);
    await page.getByText('No webhooks yet').waitFor();

    // Client-side hint for an obviously bad URL, before anything is sent.
    const form = page.getByRole('form', { name: 'New webhook' });
    await form.getByLabel('Payload URL').fill('lims.example.org/hook');
    await form.getByLabel('Description').focus();
    await form.getByText('Not a full URL', { exact: false }).waitFor();

    // The server has the last word; its refusal is shown as it words it.
    await form.getByLabel('Payload URL').fill('https://lab:pw@lims.example.org/hook');
    await form.getByRole('checkbox', { name: 'patch.approved' }).check();
    await form.getByRole('button', { name: 'Create webhook' }).click();
    await form
      .getByRole('alert')
      .getByText('must not contain a user name or password', { exact: false })
      .waitFor();

    // The rest by keyboard: Space ticks an event, Enter in a field sends the form.
    await form.getByLabel('Payload URL').fill(receiver.url);
    await expect.poll(() => form.getByLabel('Dataset', { exact: true }).inputValue()).toBe('');
    await form.getByRole('checkbox', { name: 'model.promoted' }).focus();
    await page.keyboard.press('Space');
    await form.getByLabel('Description').fill('LIMS sync (e2e receiver)');
    await form.getByLabel('Description').press('Enter');

    // The secret, once, with the warning that it will not come back.
    const secretBox = page.getByRole('region', { name: 'Webhook secret' });
    await secretBox.getByText('it will not be shown again', { exact: false }).waitFor();
    const secret = ((await secretBox.getByTestId('webhook-secret').textContent()) ?? '').trim();
    expect(secret.length).toBeGreaterThanOrEqual(20);
    await secretBox.getByText('X-Hep2-Signature', { exact: false }).first().waitFor();
    const row = page.getByTestId('webhook-list').locator('tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('All datasets');
    expect(await row.textContent()).toContain('patch.approved');
    expect(await row.textContent()).toContain('model.promoted');

    // Ping a slow receiver: the log shows the delivery in flight, then SUCCEEDED without a reload.
    receiver.answerWith(200, 3000);
    const detail = page.getByTestId('webhook-detail');
    await detail.getByRole('button', { name: 'Send ping' }).click();
    await page.locator('[data-testid=delivery-row][data-status=SENDING]').waitFor({ timeout: 15_000 });
    await page.getByTestId('delivery-live').waitFor();
    const succeeded = page.locator('[data-testid=delivery-row][data-status=SUCCEEDED]');
    await succeeded.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('delivery-live').count()).toBe(0);
    expect(await succeeded.getByTestId('delivery-response').textContent()).toBe('200');
    await succeeded.getByRole('button', { name: 'Details' }).click();
    const payloadText = (await page.getByTestId('delivery-payload').textContent()) ?? '';
    const shownPayload = JSON.parse(payloadText) as { event: string; id: string };
    expect(shownPayload.event).toBe('ping');
    await expect.poll(() => row.getByTestId('delivery-status').textContent()).toBe('succeeded');

    // The receiver got a signed POST, and the page shows exactly the body it got.
    expect(receiver.requests).toHaveLength(1);
    const [ping] = receiver.requests;
    expect(ping?.method).toBe('POST');
    expect(ping?.headers['x-hep2-event']).toBe('ping');
    expect(ping?.headers['x-hep2-delivery']).toBe(shownPayload.id);
    expect(JSON.parse(ping?.body ?? '')).toEqual(shownPayload);
    expect(signatureVerifies(ping?.headers['x-hep2-signature'] as string, ping?.body ?? '', secret)).toBe(
      true,
    );
    expect(signatureVerifies(ping?.headers['x-hep2-signature'] as string, ping?.body ?? '', 'wrong')).toBe(
      false,
    );

    // The receiver fails: the attempt's status is logged and the delivery waits for its retry.
    receiver.answerWith(500);
    await detail.getByRole('button', { name: 'Send ping' }).click();
    const failing = page.locator('[data-testid=delivery-row][data-status=PENDING]', {
      has: page.getByTestId('next-attempt'),
    });
    await failing.getByTestId('delivery-response').getByText('500').waitFor({ timeout: 30_000 });
    expect(await failing.getByTestId('delivery-attempts').textContent()).toBe('1');
    expect(receiver.requests).toHaveLength(2);
    await failing.getByRole('button', { name: 'Details' }).click();
    await page
      .getByTestId('delivery-response-body')
      .getByText('receiver is down', { exact: false })
      .waitFor();

    await page.waitForTimeout(300);
    mkdirSync(artifactsDir, { recursive: true });
    await page.screenshot({ path: join(artifactsDir, 'webhooks-page.png'), fullPage: true });
  });

  it('edits the webhook, rotates its secret (the new one signs) and deletes it', async () => {
    const detail = page.getByTestId('webhook-detail');
    const row = page.getByTestId('webhook-list').locator('tbody tr');
    const oldSecret = (await page.getByTestId('webhook-secret').textContent())?.trim();
    await page.getByRole('button', { name: 'I have stored it' }).click();
    await expect.poll(() => page.getByTestId('secret-box').count()).toBe(0);

    await detail.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('form', { name: 'Edit webhook' });
    await edit.getByRole('checkbox', { name: 'model.promoted' }).uncheck();
    await edit.getByLabel('Description').fill('LIMS sync, approvals only');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => edit.count()).toBe(0);
    await expect.poll(() => row.textContent()).toContain('approvals only');
    expect(await row.textContent()).not.toContain('model.promoted');

    page.once('dialog', (d) => void d.accept());
    await detail.getByRole('button', { name: 'Rotate secret' }).click();
    const newSecret = ((await page.getByTestId('webhook-secret').textContent()) ?? '').trim();
    expect(newSecret).not.toBe(oldSecret);
    await expect.poll(() => detail.textContent()).toContain(newSecret.slice(0, 10));

    receiver.answerWith(200);
    const before = receiver.requests.length;
    await detail.getByRole('button', { name: 'Send ping' }).click();
    await expect.poll(() => receiver.requests.length, { timeout: 30_000 }).toBe(before + 1);
    const ping = receiver.requests.at(-1);
    const signature = ping?.headers['x-hep2-signature'] as string;
    expect(signatureVerifies(signature, ping?.body ?? '', newSecret)).toBe(true);
    expect(signatureVerifies(signature, ping?.body ?? '', oldSecret ?? '')).toBe(false);

    page.once('dialog', (d) => void d.accept());
    await detail.getByRole('button', { name: 'Delete' }).click();
    await page.getByText('No webhooks yet').waitFor();
    expect(await page.getByTestId('webhook-detail').count()).toBe(0);
  });
});
