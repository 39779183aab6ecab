/** The merchant's logo (or initial) and name, at the top of customer pages. */
export function MerchantBadge({ merchant }: { merchant: { name: string; logoUrl: string | null } }) {
  return (
    <div className="flex items-center gap-3">
      {merchant.logoUrl ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={merchant.logoUrl} alt="" className="h-10 w-10 rounded-full object-cover" />
      ) : (
        <span
          aria-hidden="true"
          className="flex h-10 w-10 items-center justify-center rounded-full bg-brand-600 text-lg font-semibold text-white"
        >
          {merchant.name.slice(0, 1).toUpperCase()}
        </span>
      )}
      <span className="font-medium text-slate-800">{merchant.name}</span>
    </div>
  );
}
