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
