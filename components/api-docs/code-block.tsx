/** Preformatted JSON or shell text that wraps instead of scrolling (readable on a phone). */
export function CodeBlock({ label, children }: { label: string; children: string }) {
  return (
    <figure className="mt-3">
      <figcaption className="text-xs font-medium uppercase tracking-wide text-slate-600">{label}</figcaption>
      <pre className="mt-1 whitespace-pre-wrap break-all rounded-lg bg-slate-900 p-4 font-mono text-xs leading-relaxed text-slate-100">
        {children}
      </pre>
    </figure>
  );
}
