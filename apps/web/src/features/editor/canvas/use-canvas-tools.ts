'use client';
import { useCallback, useMemo, useRef, useState } from 'react';
import type { EditorAction } from '../keyboard/keymap';
import type { MaskEditor } from '../session/use-mask-editor';
import type { CanvasCommands, Tool } from './patch-canvas';

/** The painting tools' state: what the tool bar shows and the canvas paints with. */
export interface CanvasTools {
  tool: Tool;
  brushSize: number;
  overlayOpacity: number;
  overlayVisible: boolean;
  /** Space is down: a drag pans instead of painting. */
  panHeld: boolean;
  commands: { current: CanvasCommands | null };
  setTool(tool: Tool): void;
  setBrushSize(size: number): void;
  setOverlayOpacity(opacity: number): void;
  toggleOverlay(): void;
  setPanHeld(held: boolean): void;
  /**
   * Applies a key action that belongs to the canvas (tools, brush size, undo/redo/clear, overlay,
   * zoom, fit) to these tools and `editor`; false for any other action (labels, submit, dialogs),
   * which stays with the screen.
   */
  handle(action: EditorAction, editor: MaskEditor): boolean;
}

const clampBrush = (size: number) => Math.min(80, Math.max(1, size));
const clampOpacity = (opacity: number) => Math.min(1, Math.max(0, opacity));

/** Tools and view commands shared by every screen that paints a mask (the labeling editor, review). */
export function useCanvasTools(initial: { brushSize?: number; overlayOpacity?: number } = {}): CanvasTools {
  const [tool, setTool] = useState<Tool>('brush');
  const [brushSize, setBrushSizeState] = useState(initial.brushSize ?? 14);
  const [overlayOpacity, setOverlayOpacityState] = useState(initial.overlayOpacity ?? 0.45);
  const [overlayVisible, setOverlayVisible] = useState(true);
  const [panHeld, setPanHeld] = useState(false);
  const commands = useRef<CanvasCommands | null>(null);
  const setBrushSize = useCallback((size: number) => setBrushSizeState(clampBrush(size)), []);
  const setOverlayOpacity = useCallback((o: number) => setOverlayOpacityState(clampOpacity(o)), []);
  const toggleOverlay = useCallback(() => setOverlayVisible((v) => !v), []);

  const handle = useCallback((action: EditorAction, editor: MaskEditor): boolean => {
    switch (action.type) {
      case 'tool':
        setTool(action.tool);
        return true;
      case 'brush-size':
        setBrushSizeState((s) => clampBrush(s + action.delta));
        return true;
      case 'undo':
        editor.undo();
        return true;
      case 'redo':
        editor.redo();
        return true;
      case 'clear':
        editor.clear();
        return true;
      case 'toggle-overlay':
        setOverlayVisible((v) => !v);
        return true;
      case 'opacity':
        setOverlayOpacityState((o) => clampOpacity(Math.round((o + action.delta) * 10) / 10));
        return true;
      case 'zoom':
        commands.current?.zoom(action.factor);
        return true;
      case 'fit':
        commands.current?.fit();
        return true;
      default:
        return false;
    }
  }, []);

  return useMemo(
    () => ({
      tool,
      brushSize,
      overlayOpacity,
      overlayVisible,
      panHeld,
      commands,
      setTool,
      setBrushSize,
      setOverlayOpacity,
      toggleOverlay,
      setPanHeld,
      handle,
    }),
    [
      tool,
      brushSize,
      overlayOpacity,
      overlayVisible,
      panHeld,
      setBrushSize,
      setOverlayOpacity,
      toggleOverlay,
      handle,
    ],
  );
}
