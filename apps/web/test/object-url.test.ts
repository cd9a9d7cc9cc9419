import { describe, expect, it } from 'vitest';
import { sameOriginObjectUrl } from '../src/features/graphql/object-url';

describe('object URLs as the browser fetches them', () => {
  it('moves a presigned store URL onto the /objects/ proxy, signature and all', () => {
    expect(sameOriginObjectUrl('http://127.0.0.1:9000/hep2/datasets/d/a/v1.png?X-Amz-Signature=abc')).toBe(
      '/objects/hep2/datasets/d/a/v1.png?X-Amz-Signature=abc',
    );
  });

  it('keeps a data: URL (a mask served inline before it reaches the store) and a relative URL', () => {
    const inline = 'data:image/png;base64,iVBORw0KGgo=';
    expect(sameOriginObjectUrl(inline)).toBe(inline);
    expect(sameOriginObjectUrl('/objects/hep2/x.png')).toBe('/objects/hep2/x.png');
  });
});
