import type React from 'react';

/** The accent colour of Tillpoint's own pages when a merchant has not chosen one. */
export const DEFAULT_BRAND_COLOR = '#3b55e6';

export const BRAND_COLOR_PATTERN = /^#[0-9a-f]{6}$/;

type Rgb = [number, number, number];

/** The CSS custom properties that Tailwind's `brand-*` colours read, derived from one merchant colour. */
export type BrandTheme = {
  /** The colour buttons and links use; white text on it meets WCAG AA (4.5:1). */
  primary: string;
  /** Custom properties for a `style` attribute (React passes `--*` names through). */
  style: Record<`--color-brand-${50 | 100 | 500 | 600 | 700 | 900}`, string> & React.CSSProperties;
};

/**
 * Derives the page's brand palette from a merchant's `#rrggbb` colour. The 600 shade (buttons with white
 * text) and the 700 shade (links on white) are darkened until they reach 4.5:1 against white, so a pale
 * brand colour never makes a checkout unreadable; the light shades are tints for backgrounds.
 */
export function brandTheme(color: string | null | undefined): BrandTheme {
  const base = parseHex(color && BRAND_COLOR_PATTERN.test(color) ? color : DEFAULT_BRAND_COLOR);
  const primary = darkenUntilReadable(base, 4.5);
  const style: BrandTheme['style'] = {
    '--color-brand-50': toHex(mix(base, [255, 255, 255], 0.92)),
    '--color-brand-100': toHex(mix(base, [255, 255, 255], 0.84)),
    '--color-brand-500': toHex(base),
    '--color-brand-600': toHex(primary),
    '--color-brand-700': toHex(darkenUntilReadable(mix(primary, [0, 0, 0], 0.18), 5.5)),
    '--color-brand-900': toHex(mix(primary, [0, 0, 0], 0.55)),
  };
  return { primary: toHex(primary), style };
}

/** WCAG contrast ratio between two colours. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(parseHex(a)), luminance(parseHex(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function darkenUntilReadable(rgb: Rgb, ratio: number): Rgb {
  let current = rgb;
  for (let step = 0; step < 40 && 1.05 / (luminance(current) + 0.05) < ratio; step++)
    current = mix(current, [0, 0, 0], 0.06);
  return current;
}

function mix(a: Rgb, b: Rgb, weight: number): Rgb {
  return a.map((value, i) => Math.round(value * (1 - weight) + b[i]! * weight)) as Rgb;
}

function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function parseHex(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}
