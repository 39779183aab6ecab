export function Logo({ className = '' }: { className?: string }) {
  return (
    <span className={`inline-flex items-center gap-2 font-semibold tracking-tight ${className}`}>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-6 w-6">
        <rect width="24" height="24" rx="6" className="fill-brand-600" />
        <path d="M7 8h10M12 8v9" stroke="white" strokeWidth="2.4" strokeLinecap="round" />
      </svg>
      Tillpoint
    </span>
  );
}
