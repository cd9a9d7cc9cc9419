/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot, signIn } from './support/browser';
import { type Platform, startPlatform } from './support/platform';
import { type RealImageDatasets, seedRealImageDatasets } from './support/real-image-fixtures';

// Issue 21, "Real images on screen": TIFF specimens (8- and 16-bit, dim, black frame) and a 78x74
// crop that is its own patch, opened in the editor and the curator's specimen view.
let platform: Platform;
let browser: Browser;
let annotator: Page;
let curator: Page;
let seeded: RealImageDatasets;

beforeAll(async () => {
  platform = await startPlatform();
  seeded = await seedRealImageDatasets(platform.db, platform.infra.s3);
  browser = await launchChromium();
  const open = async (email: string, password: string) => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await signIn(page, platform.webUrl, email, password);
    await page.waitForSelector('[data-testid=viewer]');
    return page;
  };
  annotator = await open('annotator@demo.local', 'demo-annotator-pass');
  curator = await open('curator@demo.local', 'demo-curator-pass');
}, 400_000);

afterAll(async () => {
  await browser?.close().catch(() => {});
  await platform?.stop();
});

/** Waits for an <img> to finish loading and returns its natural size. */
async function loadedImage(page: Page, selector: string) {
  const image = page.locator(selector);
  await image.waitFor({ timeout: 30_000 });
  await page.waitForFunction(
    (s) => {
      const el = document.querySelector(s) as HTMLImageElement | null;
      return !!el && el.complete && el.naturalWidth > 0;
    },
    selector,
    { timeout: 30_000 },
  );
  return image.evaluate((el: HTMLImageElement) => ({ width: el.naturalWidth, height: el.naturalHeight }));
}

/** The editor on screen: the next patch's editor is mounted ahead, hidden. */
const SHOWN = '[data-testid=editor]:not([hidden] *)';
const shown = () => annotator.locator(SHOWN);

async function openEditor(datasetId: string) {
  await annotator.goto(`${platform.webUrl}/annotate/${datasetId}`);
  await annotator.waitForSelector('[data-testid=editor]', { timeout: 60_000 });
}

describe('real images on screen (Chromium)', () => {
  for (const which of ['tiff8', 'tiff16'] as const) {
    it(`${which}: the editor's preview and the curator's specimen view show the TIFF specimen`, async () => {
      const { datasetId, specimenId } = seeded[which];
      await openEditor(datasetId);
      const thumb = await loadedImage(annotator, `${SHOWN} [data-testid=specimen-thumbnail]`);
      expect(thumb).toEqual({ width: 1388, height: 1040 });
      expect(await annotator.getByText('Preview unavailable').count()).toBe(0);
      // The default window is the specimen's own, in raw units (the dim 16-bit set: ~224-544).
      const black = Number(await shown().getByTestId('window-black-value').inputValue());
      const white = Number(await shown().getByTestId('window-white-value').inputValue());
      if (which === 'tiff16') {
        expect(black).toBeGreaterThanOrEqual(224);
        expect(white).toBeLessThanOrEqual(544);
        const sliderMax = Number(await shown().locator('#window-White').getAttribute('max'));
        expect(sliderMax).toBeLessThan(1000);
      } else {
        expect(black).toBeGreaterThanOrEqual(8);
        expect(white).toBeLessThanOrEqual(39);
      }
      // Raw mode: the fixed bit-depth scale; the grey value under the cursor is shown.
      await shown().getByTestId('window-raw').click();
      expect(Number(await shown().getByTestId('window-white-value').inputValue())).toBe(
        which === 'tiff16' ? 65535 : 255,
      );
      const box = await shown().getByTestId('patch-canvas').boundingBox();
      if (!box) throw new Error('no canvas');
      await annotator.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await expect.poll(() => shown().getByTestId('pixel-value').textContent()).toMatch(/: \d+$/);
      await screenshot(annotator, `real-images-editor-${which}-raw`);
      await shown().getByTestId('window-specimen').click();
      await screenshot(annotator, `real-images-editor-${which}`);

      await curator.goto(`${platform.webUrl}/review/${datasetId}/specimen/${specimenId}`);
      const view = await loadedImage(curator, '[data-testid=specimen-image]');
      expect(view.width).toBe(1388);
      expect(await curator.getByText('Specimen image unavailable').count()).toBe(0);
      await screenshot(curator, `real-images-specimen-${which}`);
    });
  }

  it('a 78x74 crop is shown at a whole multiple of its size, centred, and warns of saturation', async () => {
    await openEditor(seeded.crop.datasetId);
    const canvas = shown().getByTestId('patch-canvas');
    await expect.poll(() => canvas.getAttribute('data-scale')).not.toBeNull();
    const view = await canvas.evaluate((el: HTMLCanvasElement) => {
      const box = el.getBoundingClientRect();
      return {
        width: box.width,
        height: box.height,
        scale: Number(el.dataset.scale),
        offsetX: Number(el.dataset.offsetX),
        offsetY: Number(el.dataset.offsetY),
      };
    });
    const { width, height } = seeded.crop;
    expect(Number.isInteger(view.scale)).toBe(true);
    expect(view.scale).toBeGreaterThanOrEqual(3);
    // centred: equal space left and right, above and below (within a pixel of rounding)
    expect(Math.abs(view.offsetX - (view.width - width * view.scale) / 2)).toBeLessThanOrEqual(1);
    expect(Math.abs(view.offsetY - (view.height - height * view.scale) / 2)).toBeLessThanOrEqual(1);
    await shown().getByTestId('saturation-warning').waitFor();
    await screenshot(annotator, 'real-images-editor-crop');
    // "+" zooms around the cell: the crop's centre stays where it was.
    await annotator.keyboard.press('+');
    await expect.poll(() => canvas.getAttribute('data-scale')).not.toBe(String(view.scale));
    const zoomed = await canvas.evaluate((el: HTMLCanvasElement) => ({
      scale: Number(el.dataset.scale),
      offsetX: Number(el.dataset.offsetX),
      offsetY: Number(el.dataset.offsetY),
    }));
    const centre = (t: { scale: number; offsetX: number }, n: number) => (n / 2) * t.scale + t.offsetX;
    expect(Math.abs(centre(zoomed, width) - centre(view, width))).toBeLessThan(1.5);
    await screenshot(annotator, 'real-images-editor-crop-zoomed');

    const thumb = await loadedImage(annotator, `${SHOWN} [data-testid=specimen-thumbnail]`);
    expect(thumb).toEqual({ width, height });
  });
});
