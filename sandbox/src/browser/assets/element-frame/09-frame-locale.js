// Labels, placeholders and validation messages in the Elements group's `locale`, as Stripe.js does
// (English stays the default; `auto` follows the browser). Country names come from Intl.DisplayNames.

// [tab, card number, expiration date, security code, country, postal code, MM / YY, ZIP placeholder]
var LOCALE_LABELS = {
  de: ['Karte', 'Kartennummer', 'Ablaufdatum', 'Sicherheitscode', 'Land', 'Postleitzahl', 'MM / JJ', 'PLZ'],
  fr: [
    'Carte',
    'Numéro de carte',
    'Date d’expiration',
    'Code de sécurité',
    'Pays',
    'Code postal',
    'MM / AA',
    'Code postal',
  ],
  es: [
    'Tarjeta',
    'Número de tarjeta',
    'Fecha de caducidad',
    'Código de seguridad',
    'País',
    'Código postal',
    'MM / AA',
    'C. P.',
  ],
  it: ['Carta', 'Numero della carta', 'Data di scadenza', 'Codice di sicurezza', 'Paese', 'CAP', 'MM / AA', 'CAP'],
  nl: ['Kaart', 'Kaartnummer', 'Vervaldatum', 'Beveiligingscode', 'Land', 'Postcode', 'MM / JJ', 'Postcode'],
  'pt-BR': ['Cartão', 'Número do cartão', 'Data de validade', 'Código de segurança', 'País', 'CEP', 'MM / AA', 'CEP'],
  pt: [
    'Cartão',
    'Número do cartão',
    'Data de validade',
    'Código de segurança',
    'País',
    'Código postal',
    'MM / AA',
    'Código postal',
  ],
  pl: [
    'Karta',
    'Numer karty',
    'Data ważności',
    'Kod zabezpieczający',
    'Kraj',
    'Kod pocztowy',
    'MM / RR',
    'Kod pocztowy',
  ],
  sv: ['Kort', 'Kortnummer', 'Utgångsdatum', 'Säkerhetskod', 'Land', 'Postnummer', 'MM / ÅÅ', 'Postnummer'],
  da: ['Kort', 'Kortnummer', 'Udløbsdato', 'Sikkerhedskode', 'Land', 'Postnummer', 'MM / ÅÅ', 'Postnummer'],
  fi: ['Kortti', 'Kortin numero', 'Voimassaolopäivä', 'Turvakoodi', 'Maa', 'Postinumero', 'KK / VV', 'Postinumero'],
  nb: ['Kort', 'Kortnummer', 'Utløpsdato', 'Sikkerhetskode', 'Land', 'Postnummer', 'MM / ÅÅ', 'Postnummer'],
  cs: ['Karta', 'Číslo karty', 'Datum platnosti', 'Bezpečnostní kód', 'Země', 'PSČ', 'MM / RR', 'PSČ'],
  ja: ['カード', 'カード番号', '有効期限', 'セキュリティコード', '国', '郵便番号', 'MM / YY', '郵便番号'],
  ar: ['البطاقة', 'رقم البطاقة', 'تاريخ الانتهاء', 'رمز الأمان', 'البلد', 'الرمز البريدي', 'MM / YY', 'الرمز البريدي'],
};

// incomplete_number, invalid_number, incomplete_expiry, invalid_expiry_month, invalid_expiry_month_past,
// invalid_expiry_year_past, invalid_expiry_year, incomplete_cvc, incomplete_zip, invalid_zip
var LOCALE_MESSAGES = {
  de: [
    'Die Kartennummer ist unvollständig.',
    'Die Kartennummer ist ungültig.',
    'Das Ablaufdatum ist unvollständig.',
    'Das Ablaufdatum ist ungültig.',
    'Das Ablaufdatum liegt in der Vergangenheit.',
    'Das Ablaufjahr liegt in der Vergangenheit.',
    'Das Ablaufjahr ist ungültig.',
    'Der Sicherheitscode ist unvollständig.',
    'Die Postleitzahl ist unvollständig.',
    'Die Postleitzahl ist ungültig.',
  ],
  fr: [
    'Le numéro de carte est incomplet.',
    'Le numéro de carte n’est pas valide.',
    'La date d’expiration est incomplète.',
    'La date d’expiration n’est pas valide.',
    'La date d’expiration est déjà passée.',
    'L’année d’expiration est déjà passée.',
    'L’année d’expiration n’est pas valide.',
    'Le code de sécurité est incomplet.',
    'Le code postal est incomplet.',
    'Le code postal n’est pas valide.',
  ],
  es: [
    'El número de tarjeta está incompleto.',
    'El número de tarjeta no es válido.',
    'La fecha de caducidad está incompleta.',
    'La fecha de caducidad no es válida.',
    'La fecha de caducidad ya ha pasado.',
    'El año de caducidad ya ha pasado.',
    'El año de caducidad no es válido.',
    'El código de seguridad está incompleto.',
    'El código postal está incompleto.',
    'El código postal no es válido.',
  ],
  it: [
    'Il numero della carta è incompleto.',
    'Il numero della carta non è valido.',
    'La data di scadenza è incompleta.',
    'La data di scadenza non è valida.',
    'La data di scadenza è già passata.',
    'L’anno di scadenza è già passato.',
    'L’anno di scadenza non è valido.',
    'Il codice di sicurezza è incompleto.',
    'Il CAP è incompleto.',
    'Il CAP non è valido.',
  ],
  nl: [
    'Het kaartnummer is onvolledig.',
    'Het kaartnummer is ongeldig.',
    'De vervaldatum is onvolledig.',
    'De vervaldatum is ongeldig.',
    'De vervaldatum ligt in het verleden.',
    'Het vervaljaar ligt in het verleden.',
    'Het vervaljaar is ongeldig.',
    'De beveiligingscode is onvolledig.',
    'De postcode is onvolledig.',
    'De postcode is ongeldig.',
  ],
  'pt-BR': [
    'O número do cartão está incompleto.',
    'O número do cartão é inválido.',
    'A data de validade está incompleta.',
    'A data de validade é inválida.',
    'A data de validade já passou.',
    'O ano de validade já passou.',
    'O ano de validade é inválido.',
    'O código de segurança está incompleto.',
    'O CEP está incompleto.',
    'O CEP é inválido.',
  ],
  pt: [
    'O número do cartão está incompleto.',
    'O número do cartão não é válido.',
    'A data de validade está incompleta.',
    'A data de validade não é válida.',
    'A data de validade já passou.',
    'O ano de validade já passou.',
    'O ano de validade não é válido.',
    'O código de segurança está incompleto.',
    'O código postal está incompleto.',
    'O código postal não é válido.',
  ],
  pl: [
    'Numer karty jest niepełny.',
    'Numer karty jest nieprawidłowy.',
    'Data ważności jest niepełna.',
    'Data ważności jest nieprawidłowa.',
    'Data ważności już minęła.',
    'Rok ważności już minął.',
    'Rok ważności jest nieprawidłowy.',
    'Kod zabezpieczający jest niepełny.',
    'Kod pocztowy jest niepełny.',
    'Kod pocztowy jest nieprawidłowy.',
  ],
  sv: [
    'Kortnumret är ofullständigt.',
    'Kortnumret är ogiltigt.',
    'Utgångsdatumet är ofullständigt.',
    'Utgångsdatumet är ogiltigt.',
    'Utgångsdatumet har redan passerat.',
    'Utgångsåret har redan passerat.',
    'Utgångsåret är ogiltigt.',
    'Säkerhetskoden är ofullständig.',
    'Postnumret är ofullständigt.',
    'Postnumret är ogiltigt.',
  ],
  da: [
    'Kortnummeret er ufuldstændigt.',
    'Kortnummeret er ugyldigt.',
    'Udløbsdatoen er ufuldstændig.',
    'Udløbsdatoen er ugyldig.',
    'Udløbsdatoen er overskredet.',
    'Udløbsåret er overskredet.',
    'Udløbsåret er ugyldigt.',
    'Sikkerhedskoden er ufuldstændig.',
    'Postnummeret er ufuldstændigt.',
    'Postnummeret er ugyldigt.',
  ],
  fi: [
    'Kortin numero on puutteellinen.',
    'Kortin numero on virheellinen.',
    'Voimassaolopäivä on puutteellinen.',
    'Voimassaolopäivä on virheellinen.',
    'Voimassaolopäivä on jo mennyt.',
    'Voimassaolovuosi on jo mennyt.',
    'Voimassaolovuosi on virheellinen.',
    'Turvakoodi on puutteellinen.',
    'Postinumero on puutteellinen.',
    'Postinumero on virheellinen.',
  ],
  nb: [
    'Kortnummeret er ufullstendig.',
    'Kortnummeret er ugyldig.',
    'Utløpsdatoen er ufullstendig.',
    'Utløpsdatoen er ugyldig.',
    'Utløpsdatoen er passert.',
    'Utløpsåret er passert.',
    'Utløpsåret er ugyldig.',
    'Sikkerhetskoden er ufullstendig.',
    'Postnummeret er ufullstendig.',
    'Postnummeret er ugyldig.',
  ],
  cs: [
    'Číslo karty je neúplné.',
    'Číslo karty je neplatné.',
    'Datum platnosti je neúplné.',
    'Datum platnosti je neplatné.',
    'Datum platnosti už uplynulo.',
    'Rok platnosti už uplynul.',
    'Rok platnosti je neplatný.',
    'Bezpečnostní kód je neúplný.',
    'PSČ je neúplné.',
    'PSČ je neplatné.',
  ],
  ja: [
    'カード番号が不完全です。',
    'カード番号が無効です。',
    '有効期限が不完全です。',
    '有効期限が無効です。',
    '有効期限が過ぎています。',
    '有効期限の年が過ぎています。',
    '有効期限の年が無効です。',
    'セキュリティコードが不完全です。',
    '郵便番号が不完全です。',
    '郵便番号が無効です。',
  ],
  ar: [
    'رقم البطاقة غير مكتمل.',
    'رقم البطاقة غير صالح.',
    'تاريخ الانتهاء غير مكتمل.',
    'تاريخ الانتهاء غير صالح.',
    'تاريخ الانتهاء في الماضي.',
    'سنة الانتهاء في الماضي.',
    'سنة الانتهاء غير صالحة.',
    'رمز الأمان غير مكتمل.',
    'الرمز البريدي غير مكتمل.',
    'الرمز البريدي غير صالح.',
  ],
};
var MESSAGE_CODES = [
  'incomplete_number',
  'invalid_number',
  'incomplete_expiry',
  'invalid_expiry_month',
  'invalid_expiry_month_past',
  'invalid_expiry_year_past',
  'invalid_expiry_year',
  'incomplete_cvc',
  'incomplete_zip',
  'invalid_zip',
];

/** The supported locale for a Stripe.js `locale` option: exact, then the language alone, else null (English). */
function frameLocale(requested) {
  var tag = requested === 'auto' || !requested ? navigator.language || '' : String(requested);
  if (LOCALE_LABELS[tag]) return tag;
  if (/^pt-PT$/i.test(tag)) return 'pt';
  if (/^(no|nn)(-|$)/i.test(tag)) return 'nb';
  var language = tag.split('-')[0].toLowerCase();
  return language === 'pt' ? 'pt-BR' : LOCALE_LABELS[language] ? language : null;
}

function setText(selector, text) {
  var node = document.querySelector(selector);
  if (node) node.textContent = text;
}

function applyLocale() {
  var locale = frameLocale(init.locale);
  if (!locale) return;
  var labels = LOCALE_LABELS[locale];
  root.lang = locale;
  if (locale === 'ar') root.dir = 'rtl';
  MESSAGE_CODES.forEach(function (code, index) {
    rules.messages[code] = LOCALE_MESSAGES[locale][index];
  });
  if (isCard) {
    inputs.number.setAttribute('aria-label', labels[1]);
    inputs.number.placeholder = labels[1];
    inputs.expiry.setAttribute('aria-label', labels[2]);
    inputs.expiry.placeholder = labels[6];
    inputs.cvc.setAttribute('aria-label', labels[3]);
    inputs.postal.setAttribute('aria-label', labels[5]);
    inputs.postal.placeholder = labels[7];
    return;
  }
  setText('.pe__tab span:last-child', labels[0]);
  setText('label[for="number"]', labels[1]);
  setText('label[for="expiry"]', labels[2]);
  setText('label[for="cvc"]', labels[3]);
  setText('label[for="country"]', labels[4]);
  setText('label[for="postal"]', labels[5]);
  inputs.expiry.placeholder = labels[6];
  if (typeof Intl.DisplayNames === 'function') {
    var names = new Intl.DisplayNames([locale], { type: 'region' });
    Array.prototype.forEach.call(country.options, function (option) {
      option.textContent = names.of(option.value) || option.textContent;
    });
  }
}

applyLocale();
