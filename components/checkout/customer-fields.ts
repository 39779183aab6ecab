/** The checkout's own fields by name (the card fields live in the payment provider's frame, not in this form). */
export function customerFields(form: HTMLFormElement): Record<string, string> {
  return Object.fromEntries(
    [...new FormData(form)].filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'email',
    ),
  );
}
