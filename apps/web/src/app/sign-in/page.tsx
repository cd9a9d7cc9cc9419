'use client';
import { useState } from 'react';

const SIGN_IN = `mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { user { name role } } }`;

export default function SignInPage() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { email, password } }),
    });
    const body = (await response.json()) as {
      data?: { signIn: { user: { name: string; role: string } } };
      errors?: { message: string }[];
    };
    setMessage(
      body.errors
        ? (body.errors[0]?.message ?? 'Sign-in failed')
        : `Signed in as ${body.data?.signIn.user.name} (${body.data?.signIn.user.role})`,
    );
  }

  return (
    <main style={{ maxWidth: 360, margin: '15vh auto' }}>
      <h1>HEp-2 Label</h1>
      <form onSubmit={submit}>
        <label>
          Email
          <input name="email" value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          Password
          <input
            name="password"
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <button type="submit">Sign in</button>
      </form>
      {message && <p role="status">{message}</p>}
    </main>
  );
}
