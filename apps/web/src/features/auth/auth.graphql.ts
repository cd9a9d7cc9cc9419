import { graphql } from '@/gql';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      name
      email
      role
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      user {
        id
        name
        role
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
