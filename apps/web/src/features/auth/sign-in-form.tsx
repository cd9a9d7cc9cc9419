'use client';
import { useSearchParams } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { markSignInStart } from '../editor/session/perf-marks';
import { apiError } from '../graphql/graphql-error';
import { SignInMutation } from './auth.graphql';
import { homePath, safeNextPath } from './roles';

export function SignInForm() {
  const params = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [{ fetching, error }, signIn] = useMutation(SignInMutation);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    markSignInStart();
    const result = await signIn({ email: email.trim(), password });
    const user = result.data?.signIn.user;
    if (!user) return;
    setDone(true);
    // A full navigation gives the app a fresh GraphQL cache for the new session.
    window.location.assign(safeNextPath(params.get('next')) ?? homePath(user.role));
  }

  return (
    <form className="card sign-in" onSubmit={submit}>
      <h1>HEp-2 Label</h1>
      <p className="muted">Sign in to label, review and train.</p>
      <label className="field">
        Email
        <input
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </label>
      <label className="field">
        Password
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {error && (
        <p className="message message-error" role="alert">
          {apiError(error).message}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={fetching || done}>
        {fetching || done ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
