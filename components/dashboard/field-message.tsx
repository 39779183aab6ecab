/** Under a form field: its error (`<id>-error`) or its hint (`<id>-hint`), for the field's `aria-describedby`. */
export function FieldMessage({ id, error, hint }: { id: string; error: string | null; hint?: string }) {
  if (error)
    return (
      <p id={`${id}-error`} className="mt-1.5 text-sm text-red-700">
        {error}
      </p>
    );
  return hint ? (
    <p id={`${id}-hint`} className="mt-1.5 text-sm text-slate-600">
      {hint}
    </p>
  ) : null;
}

/** An API validation message as a field shows it: without the "Invalid <param>: " that names the field. */
export function fieldErrorText(message: string): string {
  const text = message.replace(/^Invalid [\w.]+: /, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
