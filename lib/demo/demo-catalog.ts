/** The demo store's products (prices in cents, USD). */
export const DEMO_PRODUCTS = [
  { id: 'mug', name: 'Tillpoint enamel mug', unitAmount: 1800, description: 'Holds 350 ml of coffee, or test cards.' },
  {
    id: 'tee',
    name: 'Organic cotton T-shirt',
    unitAmount: 2900,
    description: 'Soft, heavy, and printed with our logo.',
  },
  { id: 'notebook', name: 'Dot-grid notebook', unitAmount: 1250, description: 'A5, 120 pages, lies flat.' },
] as const;

export type DemoProductId = (typeof DEMO_PRODUCTS)[number]['id'];
