/** What a customer reads while every place left is held by other customers' payments that may still fail. */
export const PLACES_HELD_MESSAGE = 'Every place on this link is taken for now. Try again in a few minutes.';

/** The heading above a link's refusal: closed for good, or only full for now. */
export function linkRefusalTitle(message: string): string {
  return message === PLACES_HELD_MESSAGE ? 'Sold out for now' : 'This link is no longer available';
}
