/** Colours and axis styling shared by every chart (dark theme, matches globals.css). */
export const TASK_COLOURS = { mask: '#ff40c8', pattern: '#4fc3f7', intensity: '#ffb74d' } as const;
export const SERIES_COLOURS = [
  '#4fc3f7',
  '#ff8a65',
  '#81c784',
  '#ba68c8',
  '#ffd54f',
  '#4dd0e1',
  '#e57373',
  '#aed581',
];
export const AXIS = { stroke: '#9aa0a6', fontSize: 11 } as const;
export const GRID = '#2a2f3a';
export const TOOLTIP = {
  contentStyle: { background: '#171a21', border: '1px solid #2a2f3a', borderRadius: 6, fontSize: 12 },
  labelStyle: { color: '#e6e6e6' },
} as const;
