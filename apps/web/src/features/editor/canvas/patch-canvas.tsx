'use client';
import { type PointerEvent, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { GreyImage } from '../display/grey-image';
import { applyLut } from '../display/lut';
import type { DirtyRect } from '../mask/brush';
import type { Mask } from '../mask/mask';
import { perfStore } from '../session/perf-marks';
import { packRgba, writeOverlay } from './overlay-pixels';
import {
  fitTransform,
  type Region,
  screenToImage,
  type ViewTransform,
  zoomAnchor,
  zoomAt,
} from './view-transform';
import { ZoomReadout } from './zoom-readout';

export type Tool = 'brush' | 'eraser' | 'fill';

export interface CanvasCommands {
  zoom(factor: number): void;
  fit(): void;
}

interface Props {
  image: GreyImage;
  lut: Uint8ClampedArray;
  /** The mask shown: the own mask (editable) or the proposal (read-only). */
  mask: Mask;
  /** Bumped when the mask was replaced or changed outside a stroke (undo, fill, clear). */
  maskRevision: number;
  editable: boolean;
  overlayVisible: boolean;
  overlayOpacity: number;
  overlayColour: [number, number, number];
  /** Drawn over the mask when set: the proposal's per-pixel uncertainty. */
  heatLayer: HTMLCanvasElement | null;
  tool: Tool;
  brushSize: number;
  panHeld: boolean;
  onStrokeStart(): void;
  /** Paints into the mask in place and says where; the canvas redraws only that region. */
  onStroke(from: { x: number; y: number }, to: { x: number; y: number }): DirtyRect | null;
  onFill(x: number, y: number): void;
  onStrokeEnd(): void;
  commandsRef: { current: CanvasCommands | null };
  /** What "fit" frames: the real crop of a padded patch; the whole image when absent. */
  fitRegion?: Region | null;
  /** The grey value under the cursor, in source units (null when the cursor leaves the image). */
  onCursorValue?(value: { x: number; y: number; value: number } | null): void;
  /** Neighbouring specimen pixels, drawn dimmed around the patch (cells are cut at patch edges). */
  context?: PatchContext | null;
}

export interface PatchContext {
  /** The specimen's display copy (may be smaller than the specimen). */
  image: HTMLImageElement;
  specimenWidth: number;
  specimenHeight: number;
  /** The patch's place in the specimen. */
  x: number;
  y: number;
}

const makeCanvas = (w: number, h: number) => {
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = h;
  return canvas;
};

/**
 * The patch on a canvas with the mask overlay, zoom (wheel, keys; the level shown in a corner), pan
 * (space or middle drag), brush.
 */
export function PatchCanvas(props: Props) {
  const { image, lut, mask, maskRevision, overlayColour } = props;
  const viewRef = useRef<HTMLCanvasElement>(null);
  const imageLayer = useRef<HTMLCanvasElement | null>(null);
  const overlayLayer = useRef<{ canvas: HTMLCanvasElement; pixels: ImageData } | null>(null);
  const [transform, setTransform] = useState<ViewTransform | null>(null);
  const transformRef = useRef<ViewTransform | null>(null);
  transformRef.current = transform;
  const pointer = useRef<{ mode: 'paint' | 'pan'; last: { x: number; y: number } } | null>(null);
  const cursor = useRef<{ x: number; y: number } | null>(null);
  const propsRef = useRef(props);
  propsRef.current = props;
  // Until the annotator zooms or pans, the view keeps fitting the box (banners come and go).
  const adjusted = useRef(false);
  const fitRegionOf = useCallback((): Region => {
    const p = propsRef.current;
    return p.fitRegion ?? { x: 0, y: 0, width: p.image.width, height: p.image.height };
  }, []);
  const fitView = useCallback(
    (w: number, h: number) => {
      const p = propsRef.current;
      return fitTransform(w, h, p.image.width, p.image.height, fitRegionOf());
    },
    [fitRegionOf],
  );

  const draw = useCallback(() => {
    const view = viewRef.current;
    const t = transformRef.current;
    const ctx = view?.getContext('2d');
    if (!view || !t || !ctx || !imageLayer.current) return;
    const p = propsRef.current;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#050608';
    ctx.fillRect(0, 0, view.width, view.height);
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(t.scale * dpr, 0, 0, t.scale * dpr, t.offsetX * dpr, t.offsetY * dpr);
    ctx.imageSmoothingEnabled = false;
    if (p.context) drawContext(ctx, p.context);
    ctx.drawImage(imageLayer.current, 0, 0);
    if (p.overlayVisible && overlayLayer.current) {
      ctx.globalAlpha = p.overlayOpacity;
      ctx.drawImage(overlayLayer.current.canvas, 0, 0);
      ctx.globalAlpha = 1;
    }
    if (p.heatLayer) ctx.drawImage(p.heatLayer, 0, 0);
    ctx.strokeStyle = 'rgba(255,255,255,0.35)';
    ctx.lineWidth = 1 / t.scale;
    ctx.strokeRect(0, 0, p.image.width, p.image.height);
    if (cursor.current && p.editable && p.tool !== 'fill') {
      ctx.beginPath();
      ctx.arc(cursor.current.x, cursor.current.y, p.brushSize / 2, 0, Math.PI * 2);
      ctx.strokeStyle = p.tool === 'eraser' ? '#ff8a80' : '#ffffff';
      ctx.stroke();
    }
  }, []);

  // Image layer: source pixels through the display LUT.
  useEffect(() => {
    const layer = makeCanvas(image.width, image.height);
    const ctx = layer.getContext('2d');
    if (!ctx) return;
    const pixels = ctx.createImageData(image.width, image.height);
    applyLut(image.data, lut, pixels.data);
    ctx.putImageData(pixels, 0, 0);
    imageLayer.current = layer;
    draw();
  }, [image, lut, draw]);

  // Overlay layer: rewritten only where the mask changed.
  const refreshOverlay = useCallback(
    (rect: DirtyRect | null) => {
      const p = propsRef.current;
      let layer = overlayLayer.current;
      if (!layer || layer.canvas.width !== p.mask.width || layer.canvas.height !== p.mask.height) {
        const canvas = makeCanvas(p.mask.width, p.mask.height);
        const ctx = canvas.getContext('2d');
        if (!ctx) return;
        layer = { canvas, pixels: ctx.createImageData(p.mask.width, p.mask.height) };
        overlayLayer.current = layer;
        rect = null;
      }
      writeOverlay(p.mask, layer.pixels, packRgba(...p.overlayColour), rect);
      const r = rect ?? { x0: 0, y0: 0, x1: p.mask.width, y1: p.mask.height };
      layer.canvas.getContext('2d')?.putImageData(layer.pixels, 0, 0, r.x0, r.y0, r.x1 - r.x0, r.y1 - r.y0);
      draw();
    },
    [draw],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: maskRevision signals in-place mask edits
  useEffect(() => refreshOverlay(null), [mask, maskRevision, overlayColour, refreshOverlay]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: redraw when display options change
  useEffect(draw, [
    draw,
    props.context,
    props.overlayVisible,
    props.overlayOpacity,
    props.brushSize,
    props.tool,
    props.heatLayer,
    transform,
  ]);

  // Canvas size follows its box; the view is fitted to a new image.
  // biome-ignore lint/correctness/useExhaustiveDependencies: refit when the image size changes
  useLayoutEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const resize = () => {
      const dpr = window.devicePixelRatio || 1;
      const box = view.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return; // hidden (a submitted patch kept mounted)
      view.width = Math.round(box.width * dpr);
      view.height = Math.round(box.height * dpr);
      if (!transformRef.current || !adjusted.current) setTransform(fitView(box.width, box.height));
      else draw();
    };
    resize();
    const observer = new ResizeObserver(resize);
    observer.observe(view);
    return () => observer.disconnect();
  }, [image.width, image.height, draw, fitView]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: refit for a new image or region
  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const box = view.getBoundingClientRect();
    adjusted.current = false;
    setTransform(fitView(box.width, box.height));
  }, [image, props.fitRegion, fitView]);

  const fit = useCallback(() => {
    const view = viewRef.current;
    if (!view) return;
    const box = view.getBoundingClientRect();
    adjusted.current = false;
    setTransform(fitView(box.width, box.height));
  }, [fitView]);

  useEffect(() => {
    props.commandsRef.current = {
      zoom: (factor) => {
        const view = viewRef.current;
        if (!view) return;
        const box = view.getBoundingClientRect();
        adjusted.current = true;
        // Around the cursor when it is over the image, else around the cell (the fitted region).
        setTransform((t) => {
          if (!t) return t;
          const at = zoomAnchor(t, fitRegionOf(), cursor.current);
          return zoomAt(
            t,
            factor,
            Math.min(box.width, Math.max(0, at.x)),
            Math.min(box.height, Math.max(0, at.y)),
          );
        });
      },
      fit,
    };
  });

  // Wheel zoom needs a non-passive listener to stop the page from scrolling.
  useEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const box = view.getBoundingClientRect();
      const factor = Math.exp(-e.deltaY * 0.0015);
      adjusted.current = true;
      setTransform((t) => (t ? zoomAt(t, factor, e.clientX - box.left, e.clientY - box.top) : t));
    };
    view.addEventListener('wheel', onWheel, { passive: false });
    return () => view.removeEventListener('wheel', onWheel);
  }, []);

  const local = (e: PointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  };

  const onPointerDown = (e: PointerEvent<HTMLCanvasElement>) => {
    const t = transformRef.current;
    if (!t) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const at = local(e);
    if (e.button === 1 || props.panHeld || !props.editable) {
      pointer.current = { mode: 'pan', last: at };
      return;
    }
    if (e.button !== 0) return;
    const p = screenToImage(t, at.x, at.y);
    if (props.tool === 'fill') {
      props.onFill(Math.floor(p.x), Math.floor(p.y));
      return;
    }
    pointer.current = { mode: 'paint', last: p };
    props.onStrokeStart();
    refreshOverlay(props.onStroke(p, p));
  };

  const onPointerMove = (e: PointerEvent<HTMLCanvasElement>) => {
    const t = transformRef.current;
    if (!t) return;
    const at = local(e);
    const p = screenToImage(t, at.x, at.y);
    cursor.current = p;
    reportValue(p);
    const active = pointer.current;
    if (!active) {
      draw();
      return;
    }
    if (active.mode === 'pan') {
      const dx = at.x - active.last.x;
      const dy = at.y - active.last.y;
      active.last = at;
      adjusted.current = true;
      setTransform({ ...t, offsetX: t.offsetX + dx, offsetY: t.offsetY + dy });
      return;
    }
    const started = performance.now();
    refreshOverlay(props.onStroke(active.last, p));
    active.last = p;
    recordBrushLatency(performance.now() - started);
  };

  const reportValue = (p: { x: number; y: number }) => {
    const report = propsRef.current.onCursorValue;
    if (!report) return;
    const x = Math.floor(p.x);
    const y = Math.floor(p.y);
    const inside = x >= 0 && y >= 0 && x < image.width && y < image.height;
    report(inside ? { x, y, value: image.data[y * image.width + x] as number } : null);
  };

  const onPointerUp = () => {
    if (pointer.current?.mode === 'paint') props.onStrokeEnd();
    pointer.current = null;
  };

  return (
    <>
      <canvas
        ref={viewRef}
        className="patch-canvas"
        data-testid="patch-canvas"
        style={{ cursor: props.panHeld ? 'grab' : props.tool === 'fill' ? 'cell' : 'crosshair' }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onPointerLeave={() => {
          cursor.current = null;
          props.onCursorValue?.(null);
          draw();
        }}
        data-scale={transform?.scale}
        data-offset-x={transform?.offsetX}
        data-offset-y={transform?.offsetY}
        onContextMenu={(e) => e.preventDefault()}
      />
      {transform && <ZoomReadout scale={transform.scale} fitted={!adjusted.current} onFit={fit} />}
    </>
  );
}

/** Per-event brush cost (paint + overlay update), kept for the performance check in the e2e test. */
function recordBrushLatency(ms: number): void {
  const brush = perfStore().brush;
  brush.push(ms);
  if (brush.length > 5000) brush.shift();
}

/** The specimen around the patch, dimmed, in patch coordinates (the current transform is the patch's). */
function drawContext(ctx: CanvasRenderingContext2D, c: PatchContext): void {
  ctx.globalAlpha = 0.4;
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(
    c.image,
    0,
    0,
    c.image.naturalWidth,
    c.image.naturalHeight,
    -c.x,
    -c.y,
    c.specimenWidth,
    c.specimenHeight,
  );
  ctx.imageSmoothingEnabled = false;
  ctx.globalAlpha = 1;
}
