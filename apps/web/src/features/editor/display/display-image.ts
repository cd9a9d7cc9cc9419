import { sameOriginObjectUrl } from '../../graphql/object-url';

// The specimen's display copy (an 8-bit PNG the API makes from the TIFF original), decoded once per
// object: presigned URLs differ on every query, the object under a key never changes. Same-origin, so
// the editor may draw it on a canvas (the context margin around a patch).
const LIMIT = 12;
const images = new Map<string, Promise<HTMLImageElement>>();

const cacheKey = (url: string) => url.split('?')[0] ?? url;

async function load(url: string): Promise<HTMLImageElement> {
  const response = await fetch(sameOriginObjectUrl(url));
  if (!response.ok) throw new Error(`display image request failed (${response.status})`);
  const image = new Image();
  image.src = URL.createObjectURL(await response.blob());
  await image.decode();
  return image;
}

/** The decoded display copy behind `url`; later calls (the prefetch, the thumbnail) share it. */
export function loadDisplayImage(url: string): Promise<HTMLImageElement> {
  const key = cacheKey(url);
  let entry = images.get(key);
  if (!entry) {
    entry = load(url);
    entry.catch(() => images.delete(key));
    images.set(key, entry);
    if (images.size > LIMIT) {
      const oldest = images.keys().next().value as string;
      const evicted = images.get(oldest);
      images.delete(oldest);
      // Freed unless an <img> on the page still shows it (it would break on its next re-render).
      void evicted
        ?.then((image) => {
          if (!document.querySelector(`img[src="${image.src}"]`)) URL.revokeObjectURL(image.src);
        })
        .catch(() => {});
    }
  }
  return entry;
}
