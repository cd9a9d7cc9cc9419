import { builder } from '../../graphql/builder';
import type { ApiContext } from '../../graphql/context';
import { SpecimenRef } from './dataset.refs';
import type { SpecimenDto } from './datasets.dto';
import { ensureSpecimenDisplay, type SpecimenDisplay } from './specimen-display.service';

// One lookup per specimen per request (displayUrl and displayWindow share it). The copy under a key
// never changes, so a long-lived subscription context may keep what it resolved.
const perContext = new WeakMap<ApiContext, Map<string, Promise<SpecimenDisplay | null>>>();

/** The display copy, or null when it cannot be made (an unreadable original, the store down). */
function displayOf(ctx: ApiContext, specimen: SpecimenDto): Promise<SpecimenDisplay | null> {
  let cache = perContext.get(ctx);
  if (!cache) {
    cache = new Map();
    perContext.set(ctx, cache);
  }
  let entry = cache.get(specimen.imageKey);
  if (!entry) {
    entry = ensureSpecimenDisplay(ctx.store, specimen.imageKey).catch((error: unknown) => {
      // A preview must never fail the query that carries it (a claim, the review queue): the web shows
      // "preview unavailable" and everything else still works.
      console.error(`display copy of specimen ${specimen.id} failed: ${String(error)}`);
      cache?.delete(specimen.imageKey);
      return null;
    });
    cache.set(specimen.imageKey, entry);
  }
  return entry;
}

const DisplayWindowRef = builder.objectRef<SpecimenDisplay>('DisplayWindow').implement({
  description:
    'How a specimen is shown by default: one window for the whole specimen, in the original’s units (0-255 or 0-65535).',
  fields: (t) => ({
    low: t.exposeInt('low', {
      description: 'Values at or below are black (0.5th percentile of non-zero pixels).',
    }),
    high: t.exposeInt('high', {
      description: 'Values at or above are full colour (99.8th percentile of non-zero pixels).',
    }),
    min: t.exposeInt('min', { description: 'Smallest value that is not a padding or border zero.' }),
    max: t.exposeInt('max', { description: 'Largest value in the specimen.' }),
    bitDepth: t.exposeInt('bitDepth', { description: 'Bit depth of the original (8 or 16).' }),
    saturatedFraction: t.exposeFloat('saturatedFraction', {
      description: 'Share of pixels at the bit depth’s largest value (sensor saturation).',
    }),
    zeroFraction: t.exposeFloat('zeroFraction', {
      description: 'Share of pixels that are exactly 0 (padding, black borders), left out of the window.',
    }),
    width: t.exposeInt('width', { description: 'Width of the display copy in pixels.' }),
    height: t.exposeInt('height', { description: 'Height of the display copy in pixels.' }),
  }),
});

builder.objectFields(SpecimenRef, (t) => ({
  displayUrl: t.string({
    nullable: true,
    description:
      'Short-lived URL of a browser-readable 8-bit PNG of the specimen (at most 1600 px, windowed once per specimen); null when the original cannot be read.',
    resolve: async (s, _a, ctx) => {
      const display = await displayOf(ctx, s);
      return display ? ctx.publicStore.presignedGet(display.key, ctx.config.PRESIGN_TTL_SECONDS) : null;
    },
  }),
  displayWindow: t.field({
    type: DisplayWindowRef,
    nullable: true,
    description: 'The specimen’s display window in raw units (the editor’s default); null when unreadable.',
    resolve: (s, _a, ctx) => displayOf(ctx, s),
  }),
}));
