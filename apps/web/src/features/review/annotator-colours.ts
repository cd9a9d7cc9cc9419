/** One colour per annotator slot (masks, chips); the ground truth and the approved mask get their own. */
export const ANNOTATOR_COLOURS: readonly [number, number, number][] = [
  [255, 64, 200],
  [79, 195, 247],
  [255, 183, 77],
  [129, 199, 132],
  [186, 104, 200],
  [255, 138, 101],
];
export const GROUND_TRUTH_COLOUR: [number, number, number] = [255, 255, 255];
/** The model's proposed mask: a colour no annotator slot uses. */
export const PROPOSAL_COLOUR: [number, number, number] = [255, 235, 59];

export const colourOf = (index: number): [number, number, number] =>
  ANNOTATOR_COLOURS[index % ANNOTATOR_COLOURS.length] ?? [255, 255, 255];

export const cssColour = ([r, g, b]: readonly [number, number, number]) => `rgb(${r}, ${g}, ${b})`;
