'use client';
import type { Tool } from '../canvas/patch-canvas';

interface Props {
  tool: Tool;
  brushSize: number;
  canUndo: boolean;
  canRedo: boolean;
  overlayOpacity: number;
  overlayVisible: boolean;
  /** The model proposal's button; absent where the screen offers none. */
  proposal?: { shown: boolean; available: boolean; onToggle(): void } | undefined;
  onTool(tool: Tool): void;
  onBrushSize(size: number): void;
  onUndo(): void;
  onRedo(): void;
  onClear(): void;
  onOpacity(opacity: number): void;
  onToggleOverlay(): void;
}

const tools: { id: Tool; label: string; key: string; hint?: string }[] = [
  { id: 'brush', label: 'Brush', key: 'B' },
  { id: 'eraser', label: 'Eraser', key: 'E' },
  { id: 'fill', label: 'Fill', key: 'F', hint: 'click inside a closed outline' },
];

export function ToolBar(p: Props) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Mask tools">
      <div className="segmented">
        {tools.map((t) => (
          <button
            key={t.id}
            type="button"
            className={p.tool === t.id ? 'button active' : 'button'}
            aria-pressed={p.tool === t.id}
            onClick={() => p.onTool(t.id)}
            title={`${t.label} (${t.key})${t.hint ? `: ${t.hint}` : ''}`}
          >
            {t.label} <kbd>{t.key}</kbd>
          </button>
        ))}
      </div>
      <label className="inline-field" title="Brush size ([ and ])">
        Size {p.brushSize}px
        <input
          type="range"
          min={1}
          max={80}
          value={p.brushSize}
          onChange={(e) => p.onBrushSize(Number(e.target.value))}
        />
      </label>
      <button
        type="button"
        className="button"
        onClick={p.onUndo}
        disabled={!p.canUndo}
        title="Undo (Z, Ctrl+Z)"
      >
        Undo
      </button>
      <button
        type="button"
        className="button"
        onClick={p.onRedo}
        disabled={!p.canRedo}
        title="Redo (Shift+Z, Ctrl+Y)"
      >
        Redo
      </button>
      <button type="button" className="button" onClick={p.onClear} title="Clear the mask (C)">
        Clear
      </button>
      <label className="inline-field" title="Overlay opacity (, and .)">
        Overlay {Math.round(p.overlayOpacity * 100)}%
        <input
          type="range"
          min={0}
          max={100}
          value={Math.round(p.overlayOpacity * 100)}
          onChange={(e) => p.onOpacity(Number(e.target.value) / 100)}
        />
      </label>
      <button
        type="button"
        className={p.overlayVisible ? 'button' : 'button active'}
        onClick={p.onToggleOverlay}
        title="O"
      >
        {p.overlayVisible ? 'Hide mask' : 'Show mask'}
      </button>
      {p.proposal && (
        <button
          type="button"
          className={p.proposal.shown ? 'button active' : 'button'}
          onClick={p.proposal.onToggle}
          disabled={!p.proposal.available}
          title="Show the model proposal instead of your mask (P)"
        >
          {p.proposal.shown ? 'Showing proposal' : 'Show proposal'}
        </button>
      )}
    </div>
  );
}
