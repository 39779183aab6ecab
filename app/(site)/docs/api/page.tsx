import type { Metadata } from 'next';
import Link from 'next/link';
import { OperationSection, type DocOperation } from '@/components/api-docs/operation-section';
import { Logo } from '@/components/ui/logo';
import { appEnv } from '@/lib/env/app-env';
import { API_ERROR_STATUS } from '@/lib/merchant-api/api-error';
import { buildOpenApiDocument } from '@/lib/merchant-api/openapi-document';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'API reference' };

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/(^-|-$)/g, '');

/** The merchant API reference, rendered on the server from the same OpenAPI document /api/v1/openapi.json serves. */
export default function ApiReferencePage() {
  const baseUrl = appEnv().TILLPOINT_PUBLIC_URL;
  const document = buildOpenApiDocument(baseUrl);
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, raw]) => {
      const operation = raw as Omit<DocOperation, 'method' | 'path' | 'anchor'> & { tags: string[] };
      return { ...operation, method, path, anchor: slug(`${method} ${path}`), tag: operation.tags[0]! };
    }),
  );
  const tags = document.tags.map((tag) => tag.name);

  return (
    <div className="mx-auto max-w-6xl px-5 sm:px-8">
      <header className="flex items-center justify-between py-6">
        <Link href="/" aria-label="Tillpoint home">
          <Logo className="text-lg" />
        </Link>
        <a className="text-sm font-medium text-brand-700 underline underline-offset-2" href="/api/v1/openapi.json">
          OpenAPI 3.1 document
        </a>
      </header>
      <div className="gap-10 lg:grid lg:grid-cols-[15rem_1fr]">
        <nav
          aria-label="Endpoints"
          className="mb-8 lg:sticky lg:top-6 lg:mb-0 lg:max-h-[calc(100dvh-3rem)] lg:self-start lg:overflow-y-auto"
        >
          <ul className="space-y-4 text-sm">
            <li>
              <a className="font-semibold text-slate-900 hover:text-brand-700" href="#conventions">
                Conventions
              </a>
            </li>
            {tags.map((tag) => (
              <li key={tag}>
                <a className="font-semibold text-slate-900 hover:text-brand-700" href={`#${slug(tag)}`}>
                  {tag}
                </a>
                <ul className="mt-1 space-y-1 border-l border-slate-200 pl-3">
                  {operations
                    .filter((operation) => operation.tag === tag)
                    .map((operation) => (
                      <li key={operation.anchor}>
                        <a className="text-slate-700 hover:text-brand-700" href={`#${operation.anchor}`}>
                          {operation.summary}
                        </a>
                      </li>
                    ))}
                </ul>
              </li>
            ))}
          </ul>
        </nav>
        <main className="min-w-0 pb-16">
          <h1 className="text-3xl font-semibold tracking-tight text-slate-900">{document.info.title}</h1>
          <section
            id="conventions"
            aria-labelledby="conventions-title"
            className="mt-6 space-y-4 text-sm text-slate-700"
          >
            <h2 id="conventions-title" className="text-xl font-semibold text-slate-900">
              Conventions
            </h2>
            <p>
              <strong>Authentication.</strong> Send a merchant secret key:{' '}
              <code className="font-mono">Authorization: Bearer sk_test_...</code>. Keys are stored hashed; a revoked
              key gets 401.
            </p>
            <p>
              <strong>JSON.</strong> Bodies are JSON objects (
              <code className="font-mono">Content-Type: application/json</code>, at most 1 MB). Unknown fields are
              refused. Amounts are integers in the currency’s minor unit (cents for usd, yen for jpy).
            </p>
            <p>
              <strong>Errors.</strong>{' '}
              <code className="font-mono">{'{ "error": { "type", "code", "message", "param" } }'}</code>.{' '}
              <code className="font-mono">param</code> names the field at fault as a dotted path:{' '}
              <code className="font-mono">line_items.0.unit_amount</code>.
            </p>
            <p>
              <strong>Idempotency.</strong> Every POST accepts an <code className="font-mono">Idempotency-Key</code> (≤
              255 characters). The first response is kept 24 hours and replayed with{' '}
              <code className="font-mono">Idempotent-Replayed: true</code>; the same key with another body or path is a
              400, and while the first request runs a 409. Responses to invalid parameters and server errors are not
              kept.
            </p>
            <p>
              <strong>Lists.</strong> <code className="font-mono">limit</code> (1–100, default 10),{' '}
              <code className="font-mono">starting_after</code> / <code className="font-mono">ending_before</code> (an
              object id), newest first; the answer is{' '}
              <code className="font-mono">{'{ object: "list", data, has_more, url }'}</code>.
            </p>
            <p>
              <strong>Rate limits.</strong> Per key and per client IP; over the limit the answer is 429 with{' '}
              <code className="font-mono">Retry-After</code> in seconds.
            </p>
            <h3 className="pt-2 text-base font-semibold text-slate-900">Error codes</h3>
            <ul className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
              {Object.entries(API_ERROR_STATUS).map(([code, status]) => (
                <li key={code}>
                  <span className="font-mono font-semibold text-slate-900">{status}</span>{' '}
                  <code className="font-mono">{code}</code>
                </li>
              ))}
            </ul>
          </section>
          {tags.map((tag) => (
            <section key={tag} id={slug(tag)} aria-labelledby={`${slug(tag)}-title`} className="mt-12">
              <h2 id={`${slug(tag)}-title`} className="text-xl font-semibold text-slate-900">
                {tag}
              </h2>
              {operations
                .filter((operation) => operation.tag === tag)
                .map((operation) => (
                  <OperationSection key={operation.anchor} operation={operation} baseUrl={baseUrl} />
                ))}
            </section>
          ))}
        </main>
      </div>
    </div>
  );
}
