'use client';
import { useEffect, useState } from 'react';
import { loadDisplayImage } from '../editor/display/display-image';

/**
 * The whole specimen from its display copy (an 8-bit PNG the API makes from the original, windowed
 * once for the whole specimen), drawn at `width` css px. Null `displayUrl`: the original is unreadable.
 */
export function SpecimenCanvas({
  displayUrl,
  width,
  height,
}: {
  displayUrl: string | null;
  width: number;
  height: number;
}) {
  const [src, setSrc] = useState<string | null>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  useEffect(() => {
    let cancelled = false;
    setState('loading');
    setSrc(null);
    if (!displayUrl) {
      setState('failed');
      return;
    }
    loadDisplayImage(displayUrl)
      .then((image) => {
        if (cancelled) return;
        setSrc(image.src);
        setState('ready');
      })
      .catch(() => !cancelled && setState('failed'));
    return () => {
      cancelled = true;
    };
  }, [displayUrl]);
  return (
    <>
      {src && (
        // biome-ignore lint/performance/noImgElement: a blob of the API's display copy; nothing for next/image to optimise
        <img src={src} width={width} height={height} alt="Specimen" data-testid="specimen-image" />
      )}
      {state !== 'ready' && (
        <span className="thumb-note muted small">
          {state === 'loading' ? 'Loading the specimen…' : 'Specimen image unavailable'}
        </span>
      )}
    </>
  );
}
