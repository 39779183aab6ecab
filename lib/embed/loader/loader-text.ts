/** The loader's own words (frame title, overlay label, close button), per language; English stays the default. */
type LoaderText = { frame: string; dialog: string; close: string; closeLabel: string };

const TEXT: Record<string, LoaderText> = {
  en: { frame: 'Secure checkout', dialog: 'Checkout', close: 'Close', closeLabel: 'Close checkout' },
  de: { frame: 'Sicher bezahlen', dialog: 'Bezahlen', close: 'Schließen', closeLabel: 'Bezahlvorgang schließen' },
  fr: { frame: 'Paiement sécurisé', dialog: 'Paiement', close: 'Fermer', closeLabel: 'Fermer le paiement' },
  es: { frame: 'Pago seguro', dialog: 'Pago', close: 'Cerrar', closeLabel: 'Cerrar el pago' },
  it: { frame: 'Pagamento sicuro', dialog: 'Pagamento', close: 'Chiudi', closeLabel: 'Chiudi il pagamento' },
  nl: { frame: 'Veilig afrekenen', dialog: 'Afrekenen', close: 'Sluiten', closeLabel: 'Afrekenen sluiten' },
  'pt-BR': { frame: 'Pagamento seguro', dialog: 'Pagamento', close: 'Fechar', closeLabel: 'Fechar o pagamento' },
  pt: { frame: 'Pagamento seguro', dialog: 'Pagamento', close: 'Fechar', closeLabel: 'Fechar o pagamento' },
  pl: { frame: 'Bezpieczna płatność', dialog: 'Płatność', close: 'Zamknij', closeLabel: 'Zamknij płatność' },
  sv: { frame: 'Säker kassa', dialog: 'Kassa', close: 'Stäng', closeLabel: 'Stäng kassan' },
  da: { frame: 'Sikker betaling', dialog: 'Betaling', close: 'Luk', closeLabel: 'Luk betalingen' },
  fi: { frame: 'Turvallinen kassa', dialog: 'Kassa', close: 'Sulje', closeLabel: 'Sulje kassa' },
  nb: { frame: 'Trygg betaling', dialog: 'Betaling', close: 'Lukk', closeLabel: 'Lukk betalingen' },
  cs: { frame: 'Bezpečná platba', dialog: 'Platba', close: 'Zavřít', closeLabel: 'Zavřít platbu' },
  ja: { frame: '安全なお支払い', dialog: 'お支払い', close: '閉じる', closeLabel: 'お支払いを閉じる' },
  ar: { frame: 'دفع آمن', dialog: 'الدفع', close: 'إغلاق', closeLabel: 'إغلاق صفحة الدفع' },
};

/**
 * The text for the customer's browser language (the one their checkout negotiates from): the exact tag,
 * then its language (`pt-PT` → `pt`, `no`/`nn` → `nb`), else English. Small on purpose: it ships in embed.js.
 */
export function loaderText(
  language: string = typeof navigator === 'undefined' ? 'en' : navigator.language,
): LoaderText {
  const [base = 'en', region] = language.toLowerCase().split('-');
  if (base === 'pt') return region === 'br' ? TEXT['pt-BR']! : TEXT.pt!;
  if (base === 'no' || base === 'nn') return TEXT.nb!;
  return TEXT[base] ?? TEXT.en!;
}
