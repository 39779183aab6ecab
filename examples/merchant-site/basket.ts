/** What the demo shop sells, priced on its own server (cents, USD): the browser never sends amounts. */
export const BASKET = [
  { name: 'House blend coffee, 1 kg', unit_amount: 2400, quantity: 1 },
  { name: 'Ceramic pour-over dripper', unit_amount: 2200, quantity: 1 },
] as const;

export const BASKET_TOTAL = BASKET.reduce((sum, item) => sum + item.unit_amount * item.quantity, 0);

export function usd(cents: number): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);
}
