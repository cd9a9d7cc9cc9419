import { type AnnotationRevisionModel, Prisma } from '@hep2/db';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { REVISION_COPIES, revisionOf } from '../src/features/annotations/annotations.dto';
import {
  type ColumnValues,
  copiedSql,
  insertSql,
  KEEP,
  pickColumns,
  setSql,
  statementRow,
} from '../src/shared/sql';

/*
 * Hand-written statements (claim, save) return untyped rows. These helpers make a column the code
 * reads but the SQL no longer returns fail loudly, with its name, in every test that runs the
 * statement (the workflow tests), rather than read as undefined.
 */
describe('rows of hand-written statements', () => {
  const select = { id: true, version: true, maskKey: true };

  it('pickColumns reads the prefixed columns, nulls included, and names a missing one', () => {
    expect(pickColumns({ a_id: 'x', a_version: 2, a_maskKey: null }, select, 'a_')).toEqual({
      id: 'x',
      version: 2,
      maskKey: null,
    });
    expect(() => pickColumns({ a_id: 'x', a_version: 2 }, select, 'a_')).toThrow(
      'the statement returned no column "a_maskKey"',
    );
  });

  it('statementRow checks the columns the code reads and keeps the others', () => {
    const schema = z.looseObject({ stale: z.boolean(), lease_id: z.string().nullable() });
    const row = statementRow('claim statement', schema, { stale: false, lease_id: null, patch_id: 'p' });
    expect(row).toEqual({ stale: false, lease_id: null, patch_id: 'p' });
    expect(() => statementRow('claim statement', schema, { lease_id: null })).toThrow(
      /^claim statement: column "stale": /,
    );
    expect(() => statementRow('claim statement', schema, { stale: 'no', lease_id: null })).toThrow(
      /column "stale"/,
    );
  });

  it('setSql and insertSql write the columns given and leave KEEP ones alone', () => {
    const values: ColumnValues<{ id: string; version: number; note: string | null }> = {
      id: Prisma.sql`${'x'}::uuid`,
      version: Prisma.sql`d.version`,
      note: KEEP,
    };
    expect(setSql(values).text).toBe('"id" = $1::uuid, "version" = d.version');
    const inserted = insertSql(values);
    expect(inserted.columns.sql).toBe('"id", "version"');
    expect(inserted.values.text).toBe('$1::uuid, d.version');
    expect(inserted.values.values).toEqual(['x']);
    expect(copiedSql('s', ['maskKey']).maskKey.sql).toBe('s."maskKey"');
  });

  it('a statement built with ColumnValues names every column: a missing one does not compile', () => {
    // @ts-expect-error createdAt is missing: a column added to the table fails the type check here
    const missing: ColumnValues<AnnotationRevisionModel> = {
      ...copiedSql('s', REVISION_COPIES),
      id: KEEP,
      annotationId: KEEP,
      editedById: KEEP,
    };
    expect(Object.keys(missing)).not.toContain('createdAt');
  });

  it('a revision copies every column it shares with its annotation, but id and createdAt', () => {
    expect([...REVISION_COPIES].sort()).toEqual(
      ['intensityLevelId', 'maskKey', 'patternClassId', 'status', 'version'].sort(),
    );
    const annotation = {
      id: 'a',
      version: 3,
      status: 'APPROVED' as const,
      patternClassId: 'p',
      intensityLevelId: null,
      maskKey: 'k',
    };
    expect(revisionOf(annotation, 'u')).toEqual({
      annotationId: 'a',
      editedById: 'u',
      version: 3,
      status: 'APPROVED',
      patternClassId: 'p',
      intensityLevelId: null,
      maskKey: 'k',
    });
  });
});
