import { type RunConfig, runConfigSchema } from '@hep2/training';
import { z } from 'zod';
import { builder } from '../../graphql/builder';

/*
 * The GraphQL shape of a training run's settings, derived from the one run-config schema
 * (@hep2/training runConfigSchema) through its JSON Schema: a setting added there appears here, with
 * its description and default, without an edit in the API. The API still validates ranges with
 * resolveRunConfig (BAD_USER_INPUT naming the field); GraphQL checks the types and enum values.
 */

interface JsonSchemaField {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'array';
  enum?: string[];
  items?: JsonSchemaField;
  format?: string;
  description?: string;
  default?: unknown;
}

const properties = (
  z.toJSONSchema(runConfigSchema, { io: 'input' }) as { properties: Record<string, JsonSchemaField> }
).properties;

const sentence = (text = '') => (text.endsWith('.') ? text : `${text}.`);
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** GraphQL enum value name of a setting's value: 'bce+dice' -> BCE_DICE, 'bit-depth' -> BIT_DEPTH. */
export const enumValueName = (value: string) => value.toUpperCase().replace(/[^A-Z0-9]+/g, '_');

/** One GraphQL enum per enum setting (TrainingVariant, TrainingMaskLoss, ...); values map to the stored strings. */
const enumRefs = Object.fromEntries(
  Object.entries(properties)
    .filter(([, field]) => field.enum)
    .map(([name, field]) => [
      name,
      builder.enumType(`Training${pascal(name)}`, {
        description: `Values of the training setting ${name}: ${sentence(field.description)}`,
        values: Object.fromEntries(
          (field.enum ?? []).map((value) => [
            enumValueName(value),
            { value, description: `Stored as "${value}".` },
          ]),
        ),
      }),
    ]),
);

type FieldKind = 'Int' | 'Float' | 'Boolean' | 'ID' | 'enum';

function kindOf(field: JsonSchemaField): { kind: FieldKind; list: boolean } {
  if (field.type === 'array' && field.items) return { kind: kindOf(field.items).kind, list: true };
  if (field.enum) return { kind: 'enum', list: false };
  if (field.type === 'integer') return { kind: 'Int', list: false };
  if (field.type === 'number') return { kind: 'Float', list: false };
  if (field.type === 'boolean') return { kind: 'Boolean', list: false };
  if (field.type === 'string' && field.format === 'uuid') return { kind: 'ID', list: false };
  throw new Error(`run-config setting with no GraphQL mapping: ${JSON.stringify(field)}`);
}

// biome-ignore lint/suspicious/noExplicitAny: the field set is built from data, checked by the schema test
type AnyTypeParam = any;

function typeOf(name: string, field: JsonSchemaField): AnyTypeParam {
  const { kind, list } = kindOf(field);
  const base = kind === 'enum' ? enumRefs[name] : kind;
  return list ? [base] : base;
}

const defaultText = (field: JsonSchemaField) =>
  field.default === undefined ? '' : ` Default: ${JSON.stringify(field.default)}.`;

export const TrainingRunConfigInput = builder.inputType('TrainingRunConfigInput', {
  description:
    'Settings of a training run; every one is optional: what is left out comes from the dataset policy (trainingPolicy.runDefaults), then the dataset (input size), then the defaults (see trainingRunDefaults).',
  fields: (t) =>
    Object.fromEntries(
      Object.entries(properties).map(([name, field]) => [
        name,
        t.field({
          type: typeOf(name, field),
          required: false,
          description: `${sentence(field.description)}${defaultText(field)}`,
        }),
      ]),
    ),
});

export const TrainingRunConfigRef = builder.objectRef<Partial<RunConfig>>('TrainingRunConfig').implement({
  description:
    'The complete settings a run trained with, as validated when it was queued. Null: not set (optional settings) or not recorded (a run from before the setting existed).',
  fields: (t) =>
    Object.fromEntries(
      Object.entries(properties).map(([name, field]) => [
        name,
        t.field({
          type: typeOf(name, field),
          nullable: true,
          description: sentence(field.description),
          resolve: (config) => ((config as Record<string, unknown>)[name] ?? null) as AnyTypeParam,
        }),
      ]),
    ),
});

/** Stored TrainingRun.config JSON as the object type's parent (an empty object when malformed). */
export const storedRunConfig = (value: unknown): Partial<RunConfig> =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Partial<RunConfig>) : {};
