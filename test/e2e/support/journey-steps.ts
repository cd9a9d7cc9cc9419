/// <reference lib="dom" />
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { artifactsDir } from './browser';

/** Prints how long each step of a long browser test took, and where its screenshots went. */
export class StepClock {
  private readonly started = performance.now();
  private stepStarted = performance.now();
  private current = '';
  readonly timings: { step: string; seconds: number }[] = [];

  begin(step: string): void {
    this.end();
    this.current = step;
    this.stepStarted = performance.now();
    console.log(`[journey] -- ${step}`);
  }

  end(): void {
    if (!this.current) return;
    const seconds = (performance.now() - this.stepStarted) / 1000;
    this.timings.push({ step: this.current, seconds: Math.round(seconds * 10) / 10 });
    console.log(`[journey]    ${this.current}: ${seconds.toFixed(1)} s`);
    this.current = '';
  }

  total(): number {
    return Math.round((performance.now() - this.started) / 100) / 10;
  }
}

const journeyDir = join(artifactsDir, 'journey');

/** Starts the run with an empty screenshot folder, so that it shows this run only. */
export function resetJourneyShots(): void {
  rmSync(journeyDir, { recursive: true, force: true });
}

/** Screenshots into artifacts/e2e/journey/ (kept as CI artifacts). */
export async function journeyShot(page: Page, name: string): Promise<void> {
  const dir = journeyDir;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

/** A brush stroke across the patch canvas, in fractions of its size. */
/**
 * The editor on screen. The annotator's queue mounts the next patch's editor ahead, hidden, so the
 * page can hold two: every probe of the editor must name the shown one.
 */
export const SHOWN_EDITOR = '[data-testid=editor]:not([hidden] *)';

export async function stroke(page: Page, from: [number, number], to: [number, number]): Promise<void> {
  const box = await page.locator(`${SHOWN_EDITOR} [data-testid=patch-canvas]`).boundingBox();
  if (!box) throw new Error('no patch canvas');
  const at = (f: [number, number]) => [box.x + box.width * f[0], box.y + box.height * f[1]] as const;
  await page.mouse.move(...at(from));
  await page.mouse.down();
  await page.mouse.move(...at(to), { steps: 12 });
  await page.mouse.up();
}

export interface EditorState {
  patchId: string;
  rle: { size: [number, number]; counts: number[] };
  area: number;
}

/** What the editor holds (its test probe, window.hep2Editor). */
export function editorState(page: Page): Promise<EditorState> {
  return page.evaluate(() => {
    const e = (
      window as unknown as {
        hep2Editor: {
          patchId: string;
          maskRle(): { size: [number, number]; counts: number[] };
          maskArea(): number;
        };
      }
    ).hep2Editor;
    return { patchId: e.patchId, rle: e.maskRle(), area: e.maskArea() };
  });
}

export const waitDraftSaved = (page: Page) =>
  page.waitForFunction(
    (shown) => document.querySelector(`${shown} [data-testid=save-status]`)?.textContent === 'Draft saved',
    SHOWN_EDITOR,
    { timeout: 20_000 },
  );

/** Waits until the editor shows another patch than `patchId` (after Enter), or the empty queue. */
export const waitPatchChange = (page: Page, patchId: string) =>
  page.waitForFunction(
    ([id, shown]) => {
      const editor = document.querySelector(shown as string);
      return editor ? editor.getAttribute('data-patch-id') !== id : false;
    },
    [patchId, SHOWN_EDITOR],
    { timeout: 30_000 },
  );

/** Minimal RFC 4180 CSV rows (the seed layout has no quoted fields, but names may one day). */
export function parseCsv(text: string): string[][] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1')));
}

/** The file stem of an exported image (`images/NAME.png` -> NAME). */
export const stem = (file: string) =>
  file
    .replace(/^.*\//, '')
    .replace(/\.[A-Za-z]+$/, '')
    .replace(/_mask$/, '');
