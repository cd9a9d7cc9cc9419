import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser, gql, type TestApi } from './support/test-api';
import { startWorkflowTestApi } from './support/workflow-test-api';

let api: TestApi;
const tokens: Record<string, string | undefined> = {};
beforeAll(async () => {
  api = await startWorkflowTestApi();
  for (const role of ['ANNOTATOR', 'CURATOR', 'ADMIN'] as const)
    tokens[role] = (await createSignedInUser(api, role)).token;
});
afterAll(() => api.stop());

const id = '00000000-0000-4000-8000-000000000000';
const input = `{patchId:"${id}"}`;
// Each workflow mutation and the least role allowed to call it.
const operations: [name: string, document: string, least: 'ANNOTATOR' | 'CURATOR' | 'ADMIN'][] = [
  ['claimNext', `mutation{claimNext(datasetId:"${id}"){patch{id}}}`, 'ANNOTATOR'],
  ['heartbeat', `mutation{heartbeat(leaseId:"${id}"){id}}`, 'ANNOTATOR'],
  ['releaseLease', `mutation{releaseLease(leaseId:"${id}"){id}}`, 'ANNOTATOR'],
  ['skipPatch', `mutation{skipPatch(leaseId:"${id}",reason:"x"){id}}`, 'ANNOTATOR'],
  ['saveDraft', `mutation{saveDraft(input:${input}){id}}`, 'ANNOTATOR'],
  ['submitAnnotation', `mutation{submitAnnotation(input:${input}){id}}`, 'ANNOTATOR'],
  ['approvePatch', `mutation{approvePatch(patchId:"${id}"){id}}`, 'CURATOR'],
  ['rejectAnnotation', `mutation{rejectAnnotation(annotationId:"${id}",comment:"x"){id}}`, 'CURATOR'],
  [
    'editAndApprove',
    `mutation{editAndApprove(input:{patchId:"${id}",patternClassId:"${id}"}){id}}`,
    'CURATOR',
  ],
  ['refreshSpecimenRollup', `mutation{refreshSpecimenRollup(specimenId:"${id}")}`, 'CURATOR'],
  ['sweepExpiredLeases', 'mutation{sweepExpiredLeases}', 'ADMIN'],
  ['annotatorAgreement', `{annotatorAgreement(datasetId:"${id}"){userId}}`, 'ADMIN'],
  ['reviewQueue', `{reviewQueue(datasetId:"${id}"){edges{node{id}}}}`, 'CURATOR'],
];
const roles = ['ANONYMOUS', 'ANNOTATOR', 'CURATOR', 'ADMIN'] as const;
const rank = { ANONYMOUS: 0, ANNOTATOR: 1, CURATOR: 2, ADMIN: 3 };

const cases = operations.flatMap(([name, document, least]) =>
  roles.map((role) => [name, role, rank[role] >= rank[least] ? 'allowed' : 'forbidden', document] as const),
);

describe('workflow role matrix', () => {
  it.each(cases)('%s as %s: %s', async (_name, role, expected, document) => {
    const result = await gql(api.url, document, {}, tokens[role]);
    const code = result.errors?.[0]?.extensions?.code;
    if (expected === 'allowed') expect(['FORBIDDEN', 'UNAUTHENTICATED']).not.toContain(code);
    else expect(code).toBe(role === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
  });
});
