/** Says which parts of the address could not be used (a bad filter is explained, never an error page). */
export function IgnoredFilters({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <div role="status" className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <p className="font-medium">Some filters could not be used</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </div>
  );
}
