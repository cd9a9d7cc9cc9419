'use client';
import { type ReactNode, useEffect, useState } from 'react';
import type { GreyImage } from '../display/grey-image';
import type { Mask } from '../mask/mask';
import { ToolBar } from '../panels/tool-bar';
import type { MaskEditor } from '../session/use-mask-editor';
import { PatchCanvas, type PatchContext } from './patch-canvas';
import type { CanvasTools } from './use-canvas-tools';
import type { Region } from './view-transform';

const fillRefusalText = {
  uniform: 'Nothing to fill: draw an outline around the cell first, then click inside it.',
  unbounded:
    'Not filled: this area is not enclosed and would cover the whole background. Close the outline (the patch edge counts), then click inside it.',
} as const;

interface Props {
  image: GreyImage;
  lut: Uint8ClampedArray;
  editor: MaskEditor;
  tools: CanvasTools;
  /** The editable mask's overlay colour. */
  colour: [number, number, number];
  /** A mask shown read-only instead of the editable one (the model's proposal, held with P). */
  readOnly?: { mask: Mask; colour: [number, number, number]; tag: string } | null;
  /** The tool bar's proposal button; absent where there is nothing to compare with. */
  proposalToggle?: { shown: boolean; available: boolean; onToggle(): void };
  heatLayer?: HTMLCanvasElement | null;
  fitRegion?: Region | null;
  context?: PatchContext | null;
  onCursorValue?(value: { x: number; y: number; value: number } | null): void;
  /** More tags over the canvas. */
  children?: ReactNode;
}

/**
 * The mask painting surface the labeling editor and the curator's edit-and-approve share: the tool
 * bar (brush, eraser, fill, size, undo, overlay) over the patch canvas (zoom, pan, brush cursor), and
 * the fill tool's refusals said where the user is looking. Keys are the screen's: it routes the
 * canvas's share of them through `tools.handle`.
 */
export function MaskCanvasEditor(props: Props) {
  const { image, lut, editor, tools, readOnly } = props;
  // Over the canvas, where the user is looking; gone after a while or with the next change.
  const [fillHint, setFillHint] = useState<string | null>(null);
  useEffect(() => {
    if (!fillHint) return;
    const timer = setTimeout(() => setFillHint(null), 6000);
    return () => clearTimeout(timer);
  }, [fillHint]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: any mask change makes the hint stale
  useEffect(() => setFillHint(null), [editor.changes]);

  return (
    <>
      <ToolBar
        tool={tools.tool}
        brushSize={tools.brushSize}
        canUndo={editor.canUndo}
        canRedo={editor.canRedo}
        overlayOpacity={tools.overlayOpacity}
        overlayVisible={tools.overlayVisible}
        proposal={props.proposalToggle}
        onTool={tools.setTool}
        onBrushSize={tools.setBrushSize}
        onUndo={editor.undo}
        onRedo={editor.redo}
        onClear={editor.clear}
        onOpacity={tools.setOverlayOpacity}
        onToggleOverlay={tools.toggleOverlay}
      />
      <div className="canvas-box">
        <PatchCanvas
          image={image}
          lut={lut}
          mask={readOnly ? readOnly.mask : editor.mask}
          maskRevision={editor.revision + (readOnly ? 1_000_000 : 0)}
          editable={!readOnly}
          overlayVisible={tools.overlayVisible}
          overlayOpacity={tools.overlayOpacity}
          overlayColour={readOnly ? readOnly.colour : props.colour}
          heatLayer={props.heatLayer ?? null}
          tool={tools.tool}
          brushSize={tools.brushSize}
          panHeld={tools.panHeld}
          onStrokeStart={editor.beginStroke}
          onStroke={(from, to) => editor.stroke(from, to, tools.brushSize, tools.tool === 'eraser' ? 0 : 1)}
          onFill={(x, y) => {
            const outcome = editor.fill(x, y, 1);
            setFillHint(outcome.kind === 'refused' ? fillRefusalText[outcome.reason] : null);
          }}
          onStrokeEnd={editor.endStroke}
          commandsRef={tools.commands}
          fitRegion={props.fitRegion}
          context={props.context}
          onCursorValue={props.onCursorValue}
        />
        {readOnly && <span className="canvas-tag">{readOnly.tag}</span>}
        {fillHint && !readOnly && (
          <span className="canvas-tag canvas-hint" role="status" data-testid="fill-hint">
            {fillHint}
          </span>
        )}
        {props.children}
      </div>
    </>
  );
}
