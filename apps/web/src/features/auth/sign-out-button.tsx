'use client';
import { useMutation } from 'urql';
import { SignOutMutation } from './auth.graphql';

export function SignOutButton() {
  const [{ fetching }, signOut] = useMutation(SignOutMutation);
  return (
    <button
      type="button"
      className="button button-ghost"
      disabled={fetching}
      onClick={async () => {
        await signOut({});
        window.location.assign('/sign-in');
      }}
    >
      Sign out
    </button>
  );
}
