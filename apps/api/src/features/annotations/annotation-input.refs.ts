import { builder } from '../../graphql/builder';

export const RleMaskInput = builder.inputType('RleMaskInput', {
  description:
    'A binary mask as COCO uncompressed RLE: run lengths over column-major pixels, starting with background.',
  fields: (t) => ({
    size: t.intList({ description: '[height, width]; must equal the patch size.' }),
    counts: t.intList({ description: 'Alternating background/foreground run lengths covering every pixel.' }),
  }),
});

export const AnnotationInput = builder.inputType('AnnotationInput', {
  description: 'An annotator’s labels for one patch.',
  fields: (t) => ({
    patchId: t.id({ description: 'The patch.' }),
    leaseId: t.id({ required: false, description: 'Your lease (required to submit).' }),
    version: t.int({
      required: false,
      description: 'The annotation version you edited (0 or omitted for a new one).',
    }),
    patternClassId: t.id({ required: false, description: 'Staining pattern (omitted: unchanged).' }),
    intensityLevelId: t.id({ required: false, description: 'Intensity level (omitted: unchanged).' }),
    mask: t.field({ type: RleMaskInput, required: false, description: 'Cell mask (omitted: unchanged).' }),
    predictionId: t.id({ required: false, description: 'The model proposal you started from, if any.' }),
  }),
});

/** GraphQL ids arrive as string | number; services take strings. */
export function annotationInputOf(input: typeof AnnotationInput.$inferInput) {
  const str = (v: string | number | null | undefined) => (v === null || v === undefined ? v : String(v));
  return {
    ...input,
    patchId: String(input.patchId),
    leaseId: str(input.leaseId),
    patternClassId: str(input.patternClassId),
    intensityLevelId: str(input.intensityLevelId),
    predictionId: str(input.predictionId),
  };
}
