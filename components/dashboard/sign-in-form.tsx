'use client';

import { useActionState } from 'react';
import { signInAction, type SignInState } from '@/lib/auth/actions/sign-in-action';
import { Spinner } from '@/components/checkout/spinner';
import { FieldLabel } from '@/components/ui/field-label';

const INITIAL: SignInState = { error: null, email: '' };

/** Email and password; the server answers with one message for any wrong combination. */
export function SignInForm() {
  const [state, action, pending] = useActionState(signInAction, INITIAL);
  return (
    <form action={action} className="space-y-5" aria-busy={pending}>
      <div>
        <FieldLabel htmlFor="email">Email</FieldLabel>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          className="input"
        />
      </div>
      <div>
        <FieldLabel htmlFor="password">Password</FieldLabel>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="input"
        />
      </div>
      {state.error && (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2.5 text-sm text-red-800">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending} className="btn-primary w-full py-2.5">
        {pending ? (
          <>
            <Spinner /> Signing in…
          </>
        ) : (
          'Sign in'
        )}
      </button>
    </form>
  );
}
