/** A grey placeholder block while a page loads. */
export function SkeletonBlock({ className }: { className: string }) {
  return <div aria-hidden="true" className={`animate-pulse rounded-lg bg-slate-200/70 ${className}`} />;
}

/** A loading page: the title it will have, placeholder cards, and a status for screen readers. */
export function PageSkeleton({
  title,
  label,
  blocks = ['h-24', 'h-72'],
}: {
  title: string;
  label: string;
  blocks?: string[];
}) {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="mb-6 sm:mb-8">
        <p className="text-2xl font-semibold tracking-tight text-slate-900">{title}</p>
        <SkeletonBlock className="mt-2 h-4 w-64 max-w-full" />
      </div>
      <div className="space-y-6">
        {blocks.map((height, index) => (
          <SkeletonBlock key={index} className={`${height} w-full rounded-xl`} />
        ))}
      </div>
    </div>
  );
}
