import { graphql } from '@/gql';

export const PresenceEntryFields = graphql(`
  fragment PresenceEntryFields on PresenceEntry {
    leaseId
    userId
    userName
    patchId
    since
  }
`);

export const PresenceQuery = graphql(`
  query Presence($datasetId: ID!) {
    presence(datasetId: $datasetId) {
      ...PresenceEntryFields
    }
  }
`);

export const PresenceSubscription = graphql(`
  subscription PresenceLive($datasetId: ID!) {
    presence(datasetId: $datasetId) {
      ...PresenceEntryFields
    }
  }
`);

/** Which specimen another annotator's patch belongs to ("on this specimen"); patches never move. */
export const PatchSpecimenQuery = graphql(`
  query PresencePatchSpecimen($patchId: ID!) {
    patch(id: $patchId) {
      id
      specimen {
        id
      }
    }
  }
`);
