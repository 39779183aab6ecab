import assert from 'node:assert/strict';
import { test } from 'node:test';
import { negotiateLocale } from './negotiate-locale';

test('a supported session locale wins over the browser', () => {
  assert.equal(negotiateLocale('ar', 'de-DE,de;q=0.9'), 'ar');
  assert.equal(negotiateLocale('pt-BR', 'en'), 'pt-BR');
});

test('auto negotiates from Accept-Language with CLDR fallbacks', () => {
  assert.equal(negotiateLocale('auto', 'de-DE,de;q=0.9,en;q=0.8'), 'de');
  assert.equal(negotiateLocale(null, 'es-ES'), 'es');
  assert.equal(negotiateLocale(null, 'pt-PT'), 'pt');
  assert.equal(negotiateLocale(null, 'pt-BR'), 'pt-BR');
  assert.equal(negotiateLocale(null, 'no'), 'nb');
  assert.equal(negotiateLocale(null, 'fr-CA'), 'fr');
  assert.equal(negotiateLocale(null, 'ja-JP'), 'ja');
});

test('quality values order the browser languages', () => {
  assert.equal(negotiateLocale(null, 'en;q=0.2, sv;q=0.9'), 'sv');
});

test('an unsupported language falls back to the next one, then to English', () => {
  assert.equal(negotiateLocale(null, 'zh-Hant'), 'en');
  assert.equal(negotiateLocale(null, 'zh-Hant, fi;q=0.5'), 'fi');
  assert.equal(negotiateLocale(undefined, null), 'en');
});

test('a regional session locale (older sessions, link prefill) is matched too; garbage is ignored', () => {
  assert.equal(negotiateLocale('fr-CA', 'de'), 'fr');
  assert.equal(negotiateLocale('not a tag!', 'it-IT'), 'it');
  assert.equal(negotiateLocale(null, '*, !!'), 'en');
});
