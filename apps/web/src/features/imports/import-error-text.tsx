'use client';
import { imageErrorText } from '../ui/image-error';
import { ErrorDetails } from '../ui/states';

/**
 * A reason from an import or upload: a sentence for image problems (the decoder's own words folded
 * under Details), other reasons as they are (they are already written for people).
 */
export function ImportErrorText({ reason }: { reason: string }) {
  const mapped = imageErrorText(reason, 'import');
  if (!mapped) return <>{reason}</>;
  return (
    <>
      {mapped.text}
      <ErrorDetails raw={mapped.raw} />
    </>
  );
}
