'use client';
import { useEffect, useState } from 'react';
import { describeImageError, type ImageErrorText } from '../../ui/image-error';
import { loadDisplayImage } from './display-image';

export type DisplayImageState =
  | { kind: 'loading' }
  | { kind: 'ready'; src: string }
  | { kind: 'failed'; problem: ImageErrorText };

/** Why there is no preview when the API offers none (its `displayUrl` is null). */
const NO_DISPLAY_COPY: ImageErrorText = {
  text: 'The server could not make a preview from the specimen’s original file.',
  raw: 'displayUrl is null: the specimen’s original could not be read for a display copy',
};

/** The specimen's display copy behind `displayUrl`, loaded once and shared (see loadDisplayImage). */
export function useDisplayImage(displayUrl: string | null): DisplayImageState {
  const [state, setState] = useState<DisplayImageState>({ kind: 'loading' });
  useEffect(() => {
    let cancelled = false;
    if (!displayUrl) {
      setState({ kind: 'failed', problem: NO_DISPLAY_COPY });
      return;
    }
    setState({ kind: 'loading' });
    loadDisplayImage(displayUrl)
      .then((image) => !cancelled && setState({ kind: 'ready', src: image.src }))
      .catch(
        (error: unknown) =>
          !cancelled &&
          setState({
            kind: 'failed',
            problem: describeImageError(error instanceof Error ? error.message : String(error), 'view'),
          }),
      );
    return () => {
      cancelled = true;
    };
  }, [displayUrl]);
  return state;
}
