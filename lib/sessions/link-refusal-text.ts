/** What a customer reads while every place left is held by other customers' payments that may still fail. */
export const PLACES_HELD_MESSAGE = 'Every place on this link is taken for now. Try again in a few minutes.';

/** The `link` message key of the heading above a refusal, in the customer's language. */
export function linkRefusalTitleKey(message: string): 'soldOutTitle' | 'unavailableTitle' {
  return message === PLACES_HELD_MESSAGE ? 'soldOutTitle' : 'unavailableTitle';
}

/** A refusal to show: Tillpoint's own sentence in the customer's language, a merchant's inactive message as written. */
export function localizedLinkRefusal(message: string, placesHeld: string): string {
  return message === PLACES_HELD_MESSAGE ? placesHeld : message;
}
