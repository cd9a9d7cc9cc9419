import { decodeRle } from '@hep2/data/rle';
import { describe, expect, it } from 'vitest';
import { actionForKey } from '../src/features/editor/keyboard/keymap';
import { emptyMask, type Mask } from '../src/features/editor/mask/mask';
import { editApproveVariables, maskStarts, startKey } from '../src/features/review/edit-approve-start';
import { EDIT_APPROVE_SHORTCUTS, REVIEW_SHORTCUTS } from '../src/features/review/review-keymap';
import { key } from './support/key-input';

const maskOf = (w: number, h: number, on: number[]): Mask => {
  const m = emptyMask(w, h);
  for (const i of on) m.data[i] = 1;
  return m;
};

describe('edit-and-approve starting masks', () => {
  it('offers each submission, the proposal, the ground truth and an empty mask; masks of another size are left out', () => {
    const starts = maskStarts({
      width: 4,
      height: 2,
      annotations: [
        { id: 'a1', name: 'Annotator 1', mask: maskOf(4, 2, [0]) },
        { id: 'a2', name: 'Annotator 2', mask: null },
        { id: 'a3', name: 'Annotator 3', mask: maskOf(2, 2, [0]) },
      ],
      proposal: { mask: maskOf(4, 2, [1]), predictionId: 'p1' },
      groundTruth: maskOf(4, 2, [2]),
    });
    expect(starts.map(startKey)).toEqual(['annotation:a1', 'proposal', 'ground-truth', 'empty']);
  });

  it('keeps an unchanged submission’s mask by reference; sends any other mask with the proposal it came from', () => {
    const submitted = maskOf(4, 2, [0, 1]);
    const [fromSubmission, fromProposal] = maskStarts({
      width: 4,
      height: 2,
      annotations: [{ id: 'a1', name: 'Annotator 1', mask: submitted }],
      proposal: { mask: maskOf(4, 2, [5]), predictionId: 'p1' },
      groundTruth: null,
    });
    const base = { patchId: 'x', patternClassId: 'c', intensityLevelId: 'i', fromAnnotationId: 'a1' };
    const kept = editApproveVariables({ ...base, start: fromSubmission!, mask: maskOf(4, 2, [0, 1]) });
    expect(kept).toEqual({
      input: { patchId: 'x', patternClassId: 'c', intensityLevelId: 'i' },
      fromAnnotationId: 'a1',
    });
    const repainted = editApproveVariables({
      ...base,
      start: fromSubmission!,
      mask: maskOf(4, 2, [0, 1, 7]),
    });
    expect(Array.from(decodeRle(repainted.input.mask!, 1).data)).toEqual([1, 1, 0, 0, 0, 0, 0, 1]);
    expect(repainted.input.predictionId).toBeUndefined();
    const proposal = editApproveVariables({ ...base, start: fromProposal!, mask: maskOf(4, 2, [5]) });
    expect(proposal.input.predictionId).toBe('p1');
    expect(proposal.input.mask).toBeDefined();
  });
});

describe('edit-and-approve shortcuts', () => {
  it('lists the editor’s canvas keys, and every key it lists is one the editor keymap reads', () => {
    const listed = EDIT_APPROVE_SHORTCUTS.map((s) => s.keys);
    for (const k of ['B', 'E', 'F', '[  ]', 'Z or Ctrl+Z', '+  -', '0', 'Enter', 'Esc', '1 … 9', 'Q / W'])
      expect(listed).toContain(k);
    expect(actionForKey(key('Enter'))).toEqual({ type: 'submit' });
    expect(actionForKey(key('e'))).toEqual({ type: 'tool', tool: 'eraser' });
    expect(REVIEW_SHORTCUTS.find((s) => s.keys === 'E')?.action).toMatch(/mask/);
  });
});
