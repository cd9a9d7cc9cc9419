import { type DocumentNode, getOperationAST, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as webDocuments from '../../web/src/gql/graphql';
import { loadApiConfig } from '../src/config';
import { FIELD_COSTS, fieldsThatNeedACost } from '../src/graphql/query-costs';
import { operationCost } from '../src/graphql/query-limits';
import { getSchema } from '../src/graphql/schema';

/*
 * The cost table (query-costs.ts) covers every field that does work, and prices what the web app
 * asks for below the limit. Pure checks on the schema: no server.
 */
const schema = getSchema();
const costOf = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) throw new Error('no operation');
  return operationCost(schema, document, operation, variables);
};
const aliases = (count: number, selection: string) =>
  `{${Array.from({ length: count }, (_, i) => `a${i}:${selection}`).join(' ')}}`;

describe('the cost table', () => {
  it('declares a cost for every root field, paginated field and field resolved with the context', () => {
    const missing = fieldsThatNeedACost(schema).filter((name) => !(name in FIELD_COSTS));
    expect(missing).toEqual([]);
  });

  it('names only fields the schema has (a renamed field must not keep a stale, unused price)', () => {
    const exists = (name: string) => {
      const [typeName, fieldName] = name.split('.') as [string, string];
      if (fieldName.startsWith('__')) return typeName === schema.getQueryType()?.name;
      const type = schema.getType(typeName);
      return !!type && 'getFields' in type && fieldName in type.getFields();
    };
    expect(Object.keys(FIELD_COSTS).filter((name) => !exists(name))).toEqual([]);
  });

  it('prices lists per item, by the page size asked for and capped as the resolver caps it', () => {
    const page = (first: number) => costOf(`{patches(datasetId:"x",first:${first}){edges{node{id}}}}`);
    expect(page(200)).toBeGreaterThan(page(20) * 5);
    expect(page(100_000)).toBe(page(200));
    expect(costOf('query($n:Int){patches(datasetId:"x",first:$n){edges{node{id}}}}', { n: 200 })).toBe(
      page(200),
    );
    // a database query per item costs more than a field the row already holds
    expect(costOf('{patches(datasetId:"x",first:50){edges{node{id specimen{id}}}}}')).toBeGreaterThan(
      page(50) + 50,
    );
  });

  it('makes the public work an anonymous request can ask for bounded by the limit', () => {
    const limit = loadApiConfig({
      DATABASE_URL: 'postgresql://x/y',
      S3_ENDPOINT: 'http://s3',
      S3_ACCESS_KEY: 'a',
      S3_SECRET_KEY: 'b',
    });
    // password hashes are the costliest public work: a handful per request, not hundreds
    const signIn = 'signIn(email:"a@b.c",password:"p"){token}';
    expect(costOf(`mutation${aliases(11, signIn)}`)).toBeGreaterThan(limit.MAX_QUERY_COMPLEXITY);
    expect(costOf(aliases(100, 'health{ok}'))).toBeLessThanOrEqual(limit.MAX_QUERY_COMPLEXITY);
    expect(costOf('{__schema{types{name fields{name}}}}')).toBeGreaterThan(0);
  });

  it('prices every operation of the web app below the default limit', () => {
    const limit = 5000;
    const documents = Object.entries(webDocuments).filter(
      (entry): entry is [string, DocumentNode] =>
        entry[0].endsWith('Document') && (entry[1] as DocumentNode)?.kind === Kind.DOCUMENT,
    );
    expect(documents.length).toBeGreaterThan(20);
    const costs = documents.map(([name, document]) => {
      const operation = getOperationAST(document);
      // variables left out: lists count at their default or estimated size
      return { name, cost: operation ? operationCost(schema, document, operation, {}) : 0 };
    });
    expect(costs.filter((c) => c.cost > limit / 2)).toEqual([]);
  });
});
