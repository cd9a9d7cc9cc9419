import { describe, expect, it } from 'vitest';
import { cellsCsv, headerCsv, PATTERN_INFO, parseManifest, parsePatternLabel, seedCsv } from '../src/index';

describe('manifest parsers', () => {
  it('reads the seed layout: no header, raw seed labels, stray whitespace', () => {
    const text =
      ' a.tif , a_mask.png,numem , positive\n\nb.tif,b_mask.png,  mitsp,intermediate \r\nc.tif,c_mask.png,homogeneous,positive\n';
    const r = parseManifest(text);
    expect(r.layout).toBe('seed-csv');
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      { line: 1, image: 'a.tif', mask: 'a_mask.png', pattern: 'numem', intensity: 'positive' },
      { line: 3, image: 'b.tif', mask: 'b_mask.png', pattern: 'mitsp', intensity: 'intermediate' },
      { line: 4, image: 'c.tif', mask: 'c_mask.png', pattern: 'homogeneous', intensity: 'positive' },
    ]);
  });

  it('reports each bad row with its line and reason; labels are left to the taxonomy', () => {
    const text = [
      'a.png,a_m.png,golgi,positive',
      'b.png,b_m.png,blobby,positive',
      'c.png,c_m.png,golgi',
      'd.png,d_m.png,golgi,bright',
      'a.png,a_m.png,golgi,positive',
    ].join('\n');
    const r = parseManifest(text);
    expect(r.rows.map((x) => [x.line, x.pattern, x.intensity])).toEqual([
      [1, 'golgi', 'positive'],
      [2, 'blobby', 'positive'],
      [4, 'golgi', 'bright'],
    ]);
    expect(r.errors).toEqual([
      { line: 3, reason: 'expected 4 columns (image, mask, pattern, intensity), found 3' },
      { line: 5, reason: 'image a.png already listed on line 1' },
    ]);
  });

  it('reads the header layout with optional specimen and fold, and the cell-crop layout', () => {
    const h = parseManifest('Image, Mask ,Pattern,Intensity,Specimen,Fold\nx.png,,centromere,,p1,B\n');
    expect(h.layout).toBe('header-csv');
    expect(h.rows).toEqual([{ line: 2, image: 'x.png', pattern: 'centromere', specimen: 'p1', fold: 'B' }]);
    const c = parseManifest('Image ID, Image class\n1,Homogeneous\n2, NuMem\n3,Cytoplasmic\n');
    expect(c.layout).toBe('cells');
    expect(c.rows.map((r) => [r.image, r.pattern])).toEqual([
      ['1', 'Homogeneous'],
      ['2', 'NuMem'],
      ['3', 'Cytoplasmic'],
    ]);
    expect(c.errors).toEqual([]);
    expect(parseManifest('image,mask,pattern\n').errors).toEqual([]);
    expect(parseManifest('specimen,pattern\n', 'header-csv').errors[0]?.reason).toContain('image column');
  });

  it('writers produce what the parsers read', () => {
    const seed = seedCsv([
      { image: 'i.png', mask: 'm.png', pattern: 'mitotic_spindle', intensity: 'positive' },
    ]);
    expect(seed).toBe('i.png,m.png,mitsp,positive\n');
    expect(parsePatternLabel(parseManifest(seed).rows[0]?.pattern ?? '')).toBe('mitotic_spindle');
    const header = headerCsv([{ image: 'i.png', pattern: 'golgi', fold: 'C', specimen: 's' }]);
    expect(parseManifest(header).rows[0]).toMatchObject({ pattern: 'golgi', fold: 'C', specimen: 's' });
    const cell = parseManifest(cellsCsv([{ imageId: '7', pattern: 'nuclear_membrane' }])).rows[0];
    expect(parsePatternLabel(cell?.pattern ?? '')).toBe('nuclear_membrane');
  });

  it('knows the taxonomy: ICAP codes, display names, aliases', () => {
    expect(PATTERN_INFO.centromere.displayName).toBe('Centromere (AC-3)');
    expect(PATTERN_INFO.speckled.displayName).toBe('Speckled (AC-2/AC-4/AC-5)');
    expect(parsePatternLabel('AC-25')).toBe('mitotic_spindle');
    expect(parsePatternLabel('Nuclear membrane')).toBe('nuclear_membrane');
    expect(parsePatternLabel('nope')).toBeUndefined();
  });
});
