import { appEnv } from '@/lib/env/app-env';

/** The origin customers reach, for URLs in API responses. */
export const publicUrl = () => appEnv().TILLPOINT_PUBLIC_URL;

/** Test mode: Tillpoint runs on a Stripe test key (or the sandbox), so local redirect hosts are allowed. */
export const isTestMode = () => /^(sk|rk)_test_/.test(appEnv().STRIPE_SECRET_KEY);
