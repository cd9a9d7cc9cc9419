import type { z } from 'zod';
import { DomainError } from './domain-error';

/** Parses input with a zod schema; the error names the first bad field and lists all of them. */
export function validate<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    field: issue.path.join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  throw new DomainError(
    'VALIDATION_FAILED',
    first ? `${first.field || 'input'}: ${first.message}` : 'invalid input',
    {
      field: first?.field,
      issues,
    },
  );
}

// Any UUID Postgres' uuid type takes in its canonical form; the version nibble is not checked
// because ids come from several generators (Prisma, gen_random_uuid(), tests).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id in the schema is a Postgres uuid: anything else would fail in the database (22P02). */
export const isUuid = (value: string) => UUID.test(value);

/** Postgres refuses U+0000 in text and jsonb (22021, 22P05). */
export const hasNulCharacter = (value: string) => value.includes('\u0000');
