import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the API's committed SDL. The output in src/gql is committed too (so builds need
 * no codegen step); `codegen-fresh.test.ts` fails when it no longer matches the schema or documents.
 */
export const codegenConfig: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', JSON: 'unknown' },
        avoidOptionals: { field: true, inputValue: false, object: false },
      },
    },
  },
};

export default codegenConfig;
