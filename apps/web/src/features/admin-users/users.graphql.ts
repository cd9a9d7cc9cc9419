import { graphql } from '@/gql';

export const AdminUsersQuery = graphql(`
  query AdminUsers($first: Int!, $search: String, $role: Role) {
    users(first: $first, search: $search, role: $role) {
      edges {
        node {
          id
          name
          email
          role
          active
          createdAt
          lastSignInAt
        }
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($email: String!, $name: String!, $password: String!, $role: Role!) {
    createUser(email: $email, name: $name, password: $password, role: $role) {
      id
      name
      email
      role
      active
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: ID!, $role: Role, $active: Boolean, $name: String) {
    updateUser(id: $id, role: $role, active: $active, name: $name) {
      id
      name
      role
      active
    }
  }
`);

export const AnnotatorAgreementQuery = graphql(`
  query AnnotatorAgreement($datasetId: ID!) {
    annotatorAgreement(datasetId: $datasetId) {
      userId
      userName
      patches
      patternKappa
      patternAgreementRate
      intensityKappa
    }
    datasetAgreement(datasetId: $datasetId) {
      patches
      patternFleissKappa
      meanPatternAgreement
      meanIntensityAgreement
      meanMaskDice
    }
  }
`);

export const AnnotatorThroughputQuery = graphql(`
  query AnnotatorThroughput($datasetId: ID!, $days: Int!) {
    annotatorThroughput(datasetId: $datasetId, days: $days) {
      userId
      userName
      submitted
      skipped
      expired
      medianSecondsPerPatch
      p90SecondsPerPatch
      activeHours
      submissionsPerHour
      reviewed
      approved
      editedByCurator
      rejected
      rejectionRate
      meanProposalDice
      meanReviewDice
      lastActiveAt
      daily {
        day
        submitted
      }
    }
  }
`);
