import type { TrainingRunConfigFieldsFragment } from '@/gql/graphql';
import { DASH } from '../ui/format';

/** A run's settings as the API types them (TrainingRunConfig); null = not set or not recorded. */
export type RunSettings = TrainingRunConfigFieldsFragment;

/** One setting for a table cell: enum values as the trainer names them (BCE_DICE -> bce_dice). */
export function settingText(value: unknown): string {
  if (value === null || value === undefined) return DASH;
  if (Array.isArray(value)) return value.join(',');
  if (typeof value === 'string') return value.toLowerCase();
  return String(value);
}

/** The settings a run recorded, without GraphQL's __typename and the unset ones (for display). */
export function recordedSettings(config: RunSettings): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(config).filter(([key, value]) => key !== '__typename' && value !== null),
  );
}

/**
 * GraphQL enum value of a setting written as the trainer documents it ('bce+dice' -> BCE_DICE,
 * 'bit-depth' -> BIT_DEPTH): the API derives its enum names from the run-config schema this way.
 */
export const settingEnumValue = (value: string) => value.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
