import { describe, expect, it } from 'vitest';
import { describeImageError, imageErrorText } from '../src/features/ui/image-error';

// Messages as the API and the browser produce them (sharp via @hep2/data, fast-png, fetch, <img>).
const SHARP_FORMAT = 'not a readable image: unreadable image: Input buffer contains unsupported image format';

describe('image error sentences', () => {
  it('turns sharp’s "unsupported image format" into what is wrong and what to do, keeping the raw text', () => {
    const mapped = imageErrorText(SHARP_FORMAT, 'import');
    expect(mapped?.text).toBe(
      'The image file is not in a format the platform can read. Save it as PNG, TIFF, JPEG or BMP and import it again.',
    );
    expect(mapped?.raw).toBe(SHARP_FORMAT);
    expect(mapped?.text).not.toMatch(/buffer/i);
  });

  it('names the mask when the mask is the bad file (folder rows and uploads)', () => {
    expect(
      imageErrorText('mask: unreadable image: Input buffer contains unsupported image format', 'import')
        ?.text,
    ).toMatch(/^The mask file is not in a format/);
    expect(
      imageErrorText('not a readable image: mask: unreadable png image: premature end of data', 'import')
        ?.text,
    ).toMatch(/^The mask file is damaged or incomplete/);
  });

  it('recognises what sharp says about cut-off and empty files as damage', () => {
    for (const raw of [
      'unreadable png image: pngload_buffer: end of stream',
      'unreadable image: Input buffer has corrupt header: VipsJpeg: premature end of JPEG image',
      'unreadable image: Input Bit Array is empty',
    ])
      expect(imageErrorText(raw, 'import')?.text).toMatch(/^The image file is damaged or incomplete/);
  });

  it('tells damaged files, unsupported depths and oversized images apart', () => {
    expect(
      imageErrorText('unreadable tiff image: tiff2vips: TIFFReadDirectory: premature end of file', 'import')
        ?.text,
    ).toMatch(/damaged or incomplete.*Copy it again/);
    expect(
      imageErrorText('unsupported sample format float (need 8- or 16-bit integers)', 'import')?.text,
    ).toMatch(/floating-point or 32-bit.*8- or 16-bit/);
    expect(imageErrorText('image is 12000x9000 (108.0 MP), above the limit of 64.0 MP', 'import')?.text).toBe(
      'The image is too large (12000×9000 pixels). Crop or split it into smaller images and import those.',
    );
  });

  it('leaves reasons that are already written for people as they are', () => {
    expect(imageErrorText('file not found: images/missing-specimen.png', 'import')).toBeNull();
    expect(imageErrorText('mask is 100x100 but the image is 200x200', 'import')).toBeNull();
    expect(imageErrorText('pattern "xyz" is not in the taxonomy', 'import')).toBeNull();
    expect(imageErrorText('image is empty', 'import')).toBeNull(); // a manifest cell, not a file
    expect(imageErrorText('fold "x" is neither a letter nor a number', 'import')).toBeNull();
  });

  it('explains stored images the browser could not fetch or decode', () => {
    expect(imageErrorText('image request failed (404)', 'view')?.text).toMatch(/missing from storage/);
    expect(imageErrorText('display image request failed (403)', 'view')?.text).toMatch(/expired.*Reload/);
    expect(imageErrorText('image request failed (502)', 'view')?.text).toMatch(/did not answer/);
    expect(imageErrorText('Failed to fetch', 'view')?.text).toMatch(/connection/);
    for (const raw of ['wrong PNG signature', 'The source image cannot be decoded.', SHARP_FORMAT])
      expect(imageErrorText(raw, 'view')?.text).toMatch(/stored image cannot be read.*administrator/);
  });

  it('always has a sentence where the error is known to be about an image', () => {
    const unknown = describeImageError('something odd happened', 'view');
    expect(unknown.text).toMatch(/could not be shown/);
    expect(unknown.raw).toBe('something odd happened');
    expect(describeImageError('x', 'import').text).toMatch(/could not be read/);
  });
});
