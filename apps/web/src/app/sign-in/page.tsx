import { Suspense } from 'react';
import { SignInForm } from '@/features/auth/sign-in-form';

export default function SignInPage() {
  return (
    <main className="centered">
      <Suspense>
        <SignInForm />
      </Suspense>
    </main>
  );
}
