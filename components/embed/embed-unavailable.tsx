/** Shown in place of an embedded checkout that does not exist or is not meant to be embedded. */
export function EmbedUnavailable({ title = 'This checkout cannot be shown here' }: { title?: string }) {
  return (
    <main data-embed-root className="p-1">
      <section className="rounded-2xl border border-slate-200 bg-white px-6 py-10 text-center">
        <h1 className="text-lg font-semibold text-slate-900">{title}</h1>
        <p className="mt-2 text-sm text-slate-600">
          The link may be incomplete or out of date. Return to the merchant’s site and start the checkout again.
        </p>
      </section>
    </main>
  );
}
