import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { createTranslator } from 'use-intl/core';
import { LOCALES } from './locales';

type Tree = { [key: string]: string | Tree };

const read = (file: string): Tree =>
  JSON.parse(readFileSync(new URL(`../../messages/${file}`, import.meta.url), 'utf8'));

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') entries.set(prefix + key, value);
    else for (const [path, text] of flatten(value, `${prefix}${key}.`)) entries.set(path, text);
  }
  return entries;
}

/** The arguments and rich-text tags a message uses: translations must keep every one of them. */
function placeholders(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    found.add(element.type === TYPE.tag ? `<${element.value}>` : element.value);
    if (element.type === TYPE.tag) placeholders(element.children, found);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) placeholders(option.value, found);
  }
  return found;
}

const english = flatten(read('en.json'));

test('there is one message file per supported locale and no other', () => {
  const files = readdirSync(new URL('../../messages/', import.meta.url)).filter((name) => name.endsWith('.json'));
  assert.deepEqual(files.map((name) => name.replace(/\.json$/, '')).sort(), [...LOCALES].sort());
});

for (const locale of LOCALES) {
  test(`${locale}: every English key, no key English lacks, same placeholders, valid ICU`, () => {
    const messages = flatten(read(`${locale}.json`));
    assert.deepEqual(
      [...english.keys()].filter((key) => !messages.has(key)),
      [],
      `${locale} is missing keys`,
    );
    assert.deepEqual(
      [...messages.keys()].filter((key) => !english.has(key)),
      [],
      `${locale} has keys the English file does not`,
    );
    for (const [key, text] of messages) {
      assert.ok(text.trim().length > 0, `${locale} ${key} is empty`);
      const used = placeholders(parse(text));
      assert.deepEqual([...used].sort(), [...placeholders(parse(english.get(key)!))].sort(), `${locale} ${key}`);
    }
  });
}

test('plurals follow each language: Polish, Czech and Arabic choose their own forms', () => {
  const say = (locale: string, seconds: number) =>
    (createTranslator({ locale, messages: read(`${locale}.json`) }) as (key: string, values: object) => string)(
      'errors.rateLimited',
      { seconds },
    );
  assert.match(say('en', 1), /1 second and/);
  assert.match(say('pl', 3), /3 sekundy/);
  assert.match(say('pl', 5), /5 sekund /);
  assert.match(say('cs', 2), /2 sekundy/);
  assert.match(say('ar', 2), /ثانيتين/);
});
