import { CopyButton } from './copy-button';

/** The head of a detail page: what it is, the amount as the title, its status, and its id to copy. */
export function ObjectHeader({
  kind,
  title,
  badge,
  id,
  meta,
}: {
  kind: string;
  title: string;
  badge: React.ReactNode;
  id: string;
  meta?: React.ReactNode;
}) {
  return (
    <div className="mb-6 flex flex-col gap-4 sm:mb-8 sm:flex-row sm:items-end sm:justify-between">
      <div className="min-w-0">
        <p className="text-sm font-medium text-slate-600">{kind}</p>
        <div className="mt-1 flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-semibold tabular-nums tracking-tight text-slate-900">{title}</h1>
          {badge}
        </div>
        {meta && <p className="mt-2 flex flex-wrap gap-x-3 gap-y-1 text-sm text-slate-600">{meta}</p>}
      </div>
      <div className="flex min-w-0 items-center gap-2">
        <code className="min-w-0 truncate rounded-md bg-slate-100 px-2 py-1.5 text-xs text-slate-700">{id}</code>
        <CopyButton value={id} label="Copy id" />
      </div>
    </div>
  );
}
