import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EXPORT_FORMATS, EXPORT_WRITERS } from '@hep2/catalog';
import { isEnumType, isObjectType, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { getSchema } from '../src/graphql/schema';

const rootTypes = ['Query', 'Mutation', 'Subscription'];

describe('schema contract', () => {
  it('every root field declares who may use it (authScopes)', () => {
    const schema = getSchema();
    const missing: string[] = [];
    let checked = 0;
    for (const typeName of rootTypes) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        checked++;
        const options = (field.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions;
        if (!options?.authScopes) missing.push(`${typeName}.${field.name}`);
      }
    }
    expect(checked).toBeGreaterThan(5);
    expect(missing).toEqual([]);
  });

  it('every type and field has a description', () => {
    const schema = getSchema();
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
        continue;
      if (
        !type.description &&
        !type.name.endsWith('Edge') &&
        !type.name.endsWith('Connection') &&
        type.name !== 'PageInfo'
      ) {
        undocumented.push(type.name);
      }
      if (
        isObjectType(type) &&
        !type.name.endsWith('Edge') &&
        !type.name.endsWith('Connection') &&
        type.name !== 'PageInfo'
      ) {
        for (const field of Object.values(type.getFields()))
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
      }
    }
    expect(undocumented).toEqual([]);
  });

  it('ExportFormat is derived from the catalog registry: one value per format, its description', () => {
    const type = getSchema().getType('ExportFormat');
    if (!isEnumType(type)) throw new Error('ExportFormat is not an enum');
    const byName = (a: string[], b: string[]) => (a[1] as string).localeCompare(b[1] as string);
    expect(type.getValues().map((v) => [v.value, v.name, v.description])).toEqual(
      EXPORT_FORMATS.map((f) => [
        f,
        f.toUpperCase().replaceAll('-', '_'),
        EXPORT_WRITERS[f].description,
      ]).sort(byName),
    );
  });

  it('the committed schema.graphql is up to date (run `npm run schema:print`)', () => {
    const committed = readFileSync(fileURLToPath(new URL('../schema.graphql', import.meta.url)), 'utf8');
    expect(committed).toBe(`${printSchema(getSchema())}\n`);
  });
});
