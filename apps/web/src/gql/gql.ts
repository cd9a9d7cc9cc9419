/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      role\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query DatasetsOverview {\n    datasets {\n      id\n      name\n      slug\n      patchSize\n      intensityMode\n      annotatorsPerPatch\n      patternClasses {\n        id\n        label\n        color\n      }\n      stats {\n        specimens\n        patches\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n": typeof types.DatasetsOverviewDocument,
    "\n  query Users($first: Int!) {\n    users(first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          active\n          lastSignInAt\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query AnnotatorHome {\n    datasets {\n      id\n      name\n      description\n      patchSize\n    }\n    myReturnedWork {\n      id\n      returnComment\n      updatedAt\n      patch {\n        id\n        datasetId\n        specimen {\n          externalId\n        }\n      }\n      patternClass {\n        label\n      }\n    }\n  }\n": typeof types.AnnotatorHomeDocument,
    "\n  query DatasetQueueCounts($datasetId: ID!) {\n    queueCounts(datasetId: $datasetId) {\n      queued\n      inProgress\n      submitted\n      returned\n      approved\n    }\n  }\n": typeof types.DatasetQueueCountsDocument,
    "\n  query MyAnnotations($first: Int!, $after: String, $status: AnnotationStatus) {\n    myAnnotations(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          status\n          version\n          updatedAt\n          submittedAt\n          maskArea\n          proposalDice\n          returnComment\n          patternClass {\n            label\n            color\n          }\n          intensityLevel {\n            name\n          }\n          patch {\n            id\n            datasetId\n            x\n            y\n            specimen {\n              externalId\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyAnnotationsDocument,
    "\n  fragment WorkItemFields on WorkItem {\n    lease {\n      id\n      patchId\n      expiresAt\n    }\n    returnComment\n    patch {\n      id\n      datasetId\n      x\n      y\n      width\n      height\n      imageUrl\n      acquisitionScore\n      acquisitionStrategy\n      specimen {\n        id\n        externalId\n        width\n        height\n        bitDepth\n        imageUrl\n      }\n    }\n    proposal {\n      predictionId\n      modelVersionNumber\n      method\n      maskUrl\n      patternProbs\n      intensityProbs\n      patternEntropy\n      intensityEntropy\n      maskEntropy\n    }\n    draft {\n      id\n      version\n      status\n      maskUrl\n      returnComment\n      patternClass {\n        id\n      }\n      intensityLevel {\n        id\n      }\n    }\n  }\n": typeof types.WorkItemFieldsFragmentDoc,
    "\n  mutation ClaimNext($datasetId: ID!) {\n    claimNext(datasetId: $datasetId) {\n      ...WorkItemFields\n    }\n  }\n": typeof types.ClaimNextDocument,
    "\n  mutation Heartbeat($leaseId: ID!) {\n    heartbeat(leaseId: $leaseId) {\n      id\n      expiresAt\n    }\n  }\n": typeof types.HeartbeatDocument,
    "\n  mutation SaveDraft($input: AnnotationInput!) {\n    saveDraft(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.SaveDraftDocument,
    "\n  mutation SubmitAnnotation($input: AnnotationInput!) {\n    submitAnnotation(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": typeof types.SubmitAnnotationDocument,
    "\n  mutation SkipPatch($leaseId: ID!, $reason: String!) {\n    skipPatch(leaseId: $leaseId, reason: $reason) {\n      id\n      endReason\n    }\n  }\n": typeof types.SkipPatchDocument,
    "\n  query LabelingDataset($id: ID!) {\n    dataset(id: $id) {\n      id\n      name\n      intensityMode\n      patternClasses {\n        id\n        key\n        label\n        color\n        position\n        shortcut\n      }\n      intensityLevels {\n        id\n        key\n        name\n        rank\n        shortcut\n      }\n    }\n  }\n": typeof types.LabelingDatasetDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      role\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query DatasetsOverview {\n    datasets {\n      id\n      name\n      slug\n      patchSize\n      intensityMode\n      annotatorsPerPatch\n      patternClasses {\n        id\n        label\n        color\n      }\n      stats {\n        specimens\n        patches\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n": types.DatasetsOverviewDocument,
    "\n  query Users($first: Int!) {\n    users(first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          active\n          lastSignInAt\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query AnnotatorHome {\n    datasets {\n      id\n      name\n      description\n      patchSize\n    }\n    myReturnedWork {\n      id\n      returnComment\n      updatedAt\n      patch {\n        id\n        datasetId\n        specimen {\n          externalId\n        }\n      }\n      patternClass {\n        label\n      }\n    }\n  }\n": types.AnnotatorHomeDocument,
    "\n  query DatasetQueueCounts($datasetId: ID!) {\n    queueCounts(datasetId: $datasetId) {\n      queued\n      inProgress\n      submitted\n      returned\n      approved\n    }\n  }\n": types.DatasetQueueCountsDocument,
    "\n  query MyAnnotations($first: Int!, $after: String, $status: AnnotationStatus) {\n    myAnnotations(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          status\n          version\n          updatedAt\n          submittedAt\n          maskArea\n          proposalDice\n          returnComment\n          patternClass {\n            label\n            color\n          }\n          intensityLevel {\n            name\n          }\n          patch {\n            id\n            datasetId\n            x\n            y\n            specimen {\n              externalId\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyAnnotationsDocument,
    "\n  fragment WorkItemFields on WorkItem {\n    lease {\n      id\n      patchId\n      expiresAt\n    }\n    returnComment\n    patch {\n      id\n      datasetId\n      x\n      y\n      width\n      height\n      imageUrl\n      acquisitionScore\n      acquisitionStrategy\n      specimen {\n        id\n        externalId\n        width\n        height\n        bitDepth\n        imageUrl\n      }\n    }\n    proposal {\n      predictionId\n      modelVersionNumber\n      method\n      maskUrl\n      patternProbs\n      intensityProbs\n      patternEntropy\n      intensityEntropy\n      maskEntropy\n    }\n    draft {\n      id\n      version\n      status\n      maskUrl\n      returnComment\n      patternClass {\n        id\n      }\n      intensityLevel {\n        id\n      }\n    }\n  }\n": types.WorkItemFieldsFragmentDoc,
    "\n  mutation ClaimNext($datasetId: ID!) {\n    claimNext(datasetId: $datasetId) {\n      ...WorkItemFields\n    }\n  }\n": types.ClaimNextDocument,
    "\n  mutation Heartbeat($leaseId: ID!) {\n    heartbeat(leaseId: $leaseId) {\n      id\n      expiresAt\n    }\n  }\n": types.HeartbeatDocument,
    "\n  mutation SaveDraft($input: AnnotationInput!) {\n    saveDraft(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.SaveDraftDocument,
    "\n  mutation SubmitAnnotation($input: AnnotationInput!) {\n    submitAnnotation(input: $input) {\n      id\n      version\n      status\n    }\n  }\n": types.SubmitAnnotationDocument,
    "\n  mutation SkipPatch($leaseId: ID!, $reason: String!) {\n    skipPatch(leaseId: $leaseId, reason: $reason) {\n      id\n      endReason\n    }\n  }\n": types.SkipPatchDocument,
    "\n  query LabelingDataset($id: ID!) {\n    dataset(id: $id) {\n      id\n      name\n      intensityMode\n      patternClasses {\n        id\n        key\n        label\n        color\n        position\n        shortcut\n      }\n      intensityLevels {\n        id\n        key\n        name\n        rank\n        shortcut\n      }\n    }\n  }\n": types.LabelingDatasetDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n        name\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatasetsOverview {\n    datasets {\n      id\n      name\n      slug\n      patchSize\n      intensityMode\n      annotatorsPerPatch\n      patternClasses {\n        id\n        label\n        color\n      }\n      stats {\n        specimens\n        patches\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DatasetsOverview {\n    datasets {\n      id\n      name\n      slug\n      patchSize\n      intensityMode\n      annotatorsPerPatch\n      patternClasses {\n        id\n        label\n        color\n      }\n      stats {\n        specimens\n        patches\n        byStatus {\n          status\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!) {\n    users(first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          active\n          lastSignInAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int!) {\n    users(first: $first) {\n      edges {\n        node {\n          id\n          name\n          email\n          role\n          active\n          lastSignInAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnotatorHome {\n    datasets {\n      id\n      name\n      description\n      patchSize\n    }\n    myReturnedWork {\n      id\n      returnComment\n      updatedAt\n      patch {\n        id\n        datasetId\n        specimen {\n          externalId\n        }\n      }\n      patternClass {\n        label\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnnotatorHome {\n    datasets {\n      id\n      name\n      description\n      patchSize\n    }\n    myReturnedWork {\n      id\n      returnComment\n      updatedAt\n      patch {\n        id\n        datasetId\n        specimen {\n          externalId\n        }\n      }\n      patternClass {\n        label\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatasetQueueCounts($datasetId: ID!) {\n    queueCounts(datasetId: $datasetId) {\n      queued\n      inProgress\n      submitted\n      returned\n      approved\n    }\n  }\n"): (typeof documents)["\n  query DatasetQueueCounts($datasetId: ID!) {\n    queueCounts(datasetId: $datasetId) {\n      queued\n      inProgress\n      submitted\n      returned\n      approved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAnnotations($first: Int!, $after: String, $status: AnnotationStatus) {\n    myAnnotations(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          status\n          version\n          updatedAt\n          submittedAt\n          maskArea\n          proposalDice\n          returnComment\n          patternClass {\n            label\n            color\n          }\n          intensityLevel {\n            name\n          }\n          patch {\n            id\n            datasetId\n            x\n            y\n            specimen {\n              externalId\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyAnnotations($first: Int!, $after: String, $status: AnnotationStatus) {\n    myAnnotations(first: $first, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          status\n          version\n          updatedAt\n          submittedAt\n          maskArea\n          proposalDice\n          returnComment\n          patternClass {\n            label\n            color\n          }\n          intensityLevel {\n            name\n          }\n          patch {\n            id\n            datasetId\n            x\n            y\n            specimen {\n              externalId\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkItemFields on WorkItem {\n    lease {\n      id\n      patchId\n      expiresAt\n    }\n    returnComment\n    patch {\n      id\n      datasetId\n      x\n      y\n      width\n      height\n      imageUrl\n      acquisitionScore\n      acquisitionStrategy\n      specimen {\n        id\n        externalId\n        width\n        height\n        bitDepth\n        imageUrl\n      }\n    }\n    proposal {\n      predictionId\n      modelVersionNumber\n      method\n      maskUrl\n      patternProbs\n      intensityProbs\n      patternEntropy\n      intensityEntropy\n      maskEntropy\n    }\n    draft {\n      id\n      version\n      status\n      maskUrl\n      returnComment\n      patternClass {\n        id\n      }\n      intensityLevel {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment WorkItemFields on WorkItem {\n    lease {\n      id\n      patchId\n      expiresAt\n    }\n    returnComment\n    patch {\n      id\n      datasetId\n      x\n      y\n      width\n      height\n      imageUrl\n      acquisitionScore\n      acquisitionStrategy\n      specimen {\n        id\n        externalId\n        width\n        height\n        bitDepth\n        imageUrl\n      }\n    }\n    proposal {\n      predictionId\n      modelVersionNumber\n      method\n      maskUrl\n      patternProbs\n      intensityProbs\n      patternEntropy\n      intensityEntropy\n      maskEntropy\n    }\n    draft {\n      id\n      version\n      status\n      maskUrl\n      returnComment\n      patternClass {\n        id\n      }\n      intensityLevel {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimNext($datasetId: ID!) {\n    claimNext(datasetId: $datasetId) {\n      ...WorkItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimNext($datasetId: ID!) {\n    claimNext(datasetId: $datasetId) {\n      ...WorkItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Heartbeat($leaseId: ID!) {\n    heartbeat(leaseId: $leaseId) {\n      id\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation Heartbeat($leaseId: ID!) {\n    heartbeat(leaseId: $leaseId) {\n      id\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveDraft($input: AnnotationInput!) {\n    saveDraft(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SaveDraft($input: AnnotationInput!) {\n    saveDraft(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitAnnotation($input: AnnotationInput!) {\n    submitAnnotation(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitAnnotation($input: AnnotationInput!) {\n    submitAnnotation(input: $input) {\n      id\n      version\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SkipPatch($leaseId: ID!, $reason: String!) {\n    skipPatch(leaseId: $leaseId, reason: $reason) {\n      id\n      endReason\n    }\n  }\n"): (typeof documents)["\n  mutation SkipPatch($leaseId: ID!, $reason: String!) {\n    skipPatch(leaseId: $leaseId, reason: $reason) {\n      id\n      endReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LabelingDataset($id: ID!) {\n    dataset(id: $id) {\n      id\n      name\n      intensityMode\n      patternClasses {\n        id\n        key\n        label\n        color\n        position\n        shortcut\n      }\n      intensityLevels {\n        id\n        key\n        name\n        rank\n        shortcut\n      }\n    }\n  }\n"): (typeof documents)["\n  query LabelingDataset($id: ID!) {\n    dataset(id: $id) {\n      id\n      name\n      intensityMode\n      patternClasses {\n        id\n        key\n        label\n        color\n        position\n        shortcut\n      }\n      intensityLevels {\n        id\n        key\n        name\n        rank\n        shortcut\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;