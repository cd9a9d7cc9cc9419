/**
 * Sentences for image errors. The API and the browser report them in their libraries' words
 * ("Input buffer contains unsupported image format" from sharp, "wrong PNG signature" from the PNG
 * decoder, "image request failed (404)"): people get what is wrong and what to do, and the raw text
 * stays next to it for support.
 */

/** Importing (an administrator can fix the file) or viewing a stored image (someone else must). */
export type ImageErrorContext = 'import' | 'view';

export interface ImageErrorText {
  /** What is wrong and what to do, in one or two sentences. */
  text: string;
  /** The message as it came, for support. */
  raw: string;
}

type FileProblem = 'format' | 'damaged' | 'depth' | 'too-large';
type Problem = FileProblem | 'missing' | 'expired' | 'server' | 'network';

// What is wrong with the file itself, checked in order: "premature end" inside "unreadable tiff
// image: ..." is damage, not the format.
const FILE_PATTERNS: readonly [FileProblem, RegExp][] = [
  ['too-large', /above the limit|too large|exceeds the (pixel )?limit/i],
  ['depth', /sample format|8- or 16-bit|bit depth/i],
  [
    'damaged',
    /premature end|truncated|unexpected end|end of (file|stream|data|input)|corrupt|\bcrc\b|bad seek|huffman|incorrect header check|invalid (distance|stored block|block type|code lengths)|outside the bounds|cannot be decoded|read error|image has no size|(bit array|buffer) is empty/i,
  ],
  [
    'format',
    /unsupported image format|unknown file format|not a known (file )?format|png signature|not a png|no decode delegate|unreadable (\w+ )?image|not a readable image/i,
  ],
];

// Fetching a stored image: only where the browser loads one (an import reports files, not requests).
const FETCH_PATTERNS: readonly [Problem, RegExp][] = [
  ['missing', /\((404|410)\)|nosuchkey/i],
  ['expired', /\((401|403)\)/],
  ['server', /\(5\d\d\)/],
  ['network', /failed to fetch|networkerror|network error|load failed/i],
];

function classify(raw: string, context: ImageErrorContext): Problem | null {
  const patterns = context === 'import' ? FILE_PATTERNS : [...FETCH_PATTERNS, ...FILE_PATTERNS];
  return patterns.find(([, re]) => re.test(raw))?.[0] ?? null;
}

/** "12000×9000 pixels" from a message naming the size, else null. */
function sizeOf(raw: string): string | null {
  const m = /(\d+)\s*x\s*(\d+)/.exec(raw);
  return m ? `${m[1]}×${m[2]} pixels` : null;
}

function importText(problem: Problem, raw: string): string {
  // "mask: ..." from a folder import, "not a readable image: mask: ..." from an upload
  const file = /(^|:\s*)mask:/i.test(raw) ? 'The mask file' : 'The image file';
  switch (problem) {
    case 'format':
      return `${file} is not in a format the platform can read. Save it as PNG, TIFF, JPEG or BMP and import it again.`;
    case 'damaged':
      return `${file} is damaged or incomplete (often a copy that was cut off). Copy it again from the original and import it again.`;
    case 'depth':
      return `${file} stores floating-point or 32-bit pixel values. Save it as 8- or 16-bit and import it again.`;
    case 'too-large': {
      const size = sizeOf(raw);
      return `The image is too large${size ? ` (${size})` : ''}. Crop or split it into smaller images and import those.`;
    }
    default:
      return viewText(problem);
  }
}

function viewText(problem: Problem): string {
  switch (problem) {
    case 'missing':
      return 'The image is missing from storage. Reload the page; if it is still missing, tell an administrator.';
    case 'expired':
      return 'The link to the image has expired. Reload the page.';
    case 'server':
      return 'The image store did not answer. Try again in a moment.';
    case 'network':
      return 'The image could not be downloaded: the connection was interrupted. Check it and try again.';
    default:
      // A stored image that cannot be decoded: only an administrator can replace it.
      return 'The stored image cannot be read (it is damaged or in an unexpected format). Tell an administrator, quoting the details.';
  }
}

/**
 * The sentence for a raw error message when it names an image problem; null when it does not (a
 * message that is already worded for people, e.g. "file not found: images/a.png", is shown as it is).
 */
export function imageErrorText(raw: string, context: ImageErrorContext): ImageErrorText | null {
  const problem = classify(raw, context);
  if (!problem) return null;
  return { text: context === 'import' ? importText(problem, raw) : viewText(problem), raw };
}

/** For a message known to be about an image: its sentence, or a general one when it is not recognised. */
export function describeImageError(raw: string, context: ImageErrorContext): ImageErrorText {
  return (
    imageErrorText(raw, context) ?? {
      text:
        context === 'import'
          ? 'The image could not be read. Check that the file opens in an image viewer, then import it again.'
          : 'The image could not be shown. Reload the page; if it happens again, tell an administrator, quoting the details.',
      raw,
    }
  );
}
