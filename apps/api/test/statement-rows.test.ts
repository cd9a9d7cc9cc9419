import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pickColumns, statementRow } from '../src/shared/sql';

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
});
