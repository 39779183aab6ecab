import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brandTheme, contrastRatio, DEFAULT_BRAND_COLOR } from './brand-theme';

test('no colour, or a malformed one, gives Tillpoint’s own blue', () => {
  assert.equal(brandTheme(null).style['--color-brand-500'], DEFAULT_BRAND_COLOR);
  assert.equal(brandTheme('red').style['--color-brand-500'], DEFAULT_BRAND_COLOR);
  assert.equal(
    brandTheme('#3B55E6').style['--color-brand-500'],
    DEFAULT_BRAND_COLOR,
    'upper case is not the stored form',
  );
});

test('a dark colour is used as it is for buttons', () => {
  assert.equal(brandTheme('#14532d').primary, '#14532d');
});

test('white text on buttons and brand links on white stay readable whatever the colour', () => {
  for (const color of ['#ffff00', '#ffffff', '#7dd3fc', '#f97316', '#22c55e', '#000000']) {
    const theme = brandTheme(color);
    assert.ok(contrastRatio(theme.style['--color-brand-600'], '#ffffff') >= 4.5, `${color}: 600 on white`);
    assert.ok(contrastRatio(theme.style['--color-brand-700'], '#ffffff') >= 4.5, `${color}: 700 on white`);
    assert.equal(theme.style['--color-brand-500'], color);
  }
});
