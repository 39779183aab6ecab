import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loaderText } from './loader-text';

test('embed.js speaks the browser language, with the language alone as fallback and English last', () => {
  assert.equal(loaderText('fr-FR').frame, 'Paiement sécurisé');
  assert.equal(loaderText('de').close, 'Schließen');
  assert.equal(loaderText('pt-BR').closeLabel, 'Fechar o pagamento');
  assert.equal(loaderText('pt-PT'), loaderText('pt'));
  assert.equal(loaderText('nn-NO'), loaderText('nb'));
  assert.equal(loaderText('zh-Hant').frame, 'Secure checkout');
});
