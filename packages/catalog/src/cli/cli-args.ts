import { type ParseArgsConfig, parseArgs } from 'node:util';

/** A usage error: printed with the command's help, exit code 2. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

export interface Command {
  name: string;
  summary: string;
  help: string;
  /** Whether the command needs the database and object store. */
  needsPlatform: boolean;
  run: (argv: string[], io: CliIo) => Promise<number>;
}

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** A progress line that overwrites itself on a terminal. */
  progress: (line: string) => void;
  platform: () => Promise<import('@hep2/embedded/platform').Platform>;
}

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }).values as ReturnType<typeof parseArgs<{ options: T & { help: { type: 'boolean' } } }>>['values'];
  } catch (err) {
    throw new CliUsageError((err as Error).message);
  }
}

export function required(name: string, value: string | undefined): string {
  if (!value) throw new CliUsageError(`--${name} is required`);
  return value;
}

export function int(name: string, value: string | undefined, min = 1): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new CliUsageError(`--${name} must be an integer >= ${min}, got "${value}"`);
  return n;
}

export function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T))
    throw new CliUsageError(`--${name} must be one of ${allowed.join(', ')}; got "${value}"`);
  return value as T;
}

export function bool(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (['true', 'yes', '1'].includes(value)) return true;
  if (['false', 'no', '0'].includes(value)) return false;
  throw new CliUsageError(`--${name} must be true or false, got "${value}"`);
}

/** Folds given as letters (A = first) or 0-based numbers. */
export function foldArg(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (/^[A-Za-z]$/.test(value)) return value.toUpperCase().charCodeAt(0) - 65;
  return int(name, value, 0);
}
