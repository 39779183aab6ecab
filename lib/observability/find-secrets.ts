/** Patterns that must never appear in a log: keys, webhook secrets, PaymentIntent client secrets, checkout recovery URLs. */
const SECRET_PATTERNS: [string, RegExp][] = [
  ['secret key', /\b(sk|rk)_(test|live)_[A-Za-z0-9]{8,}/g],
  ['webhook secret', /\bwhsec_[A-Za-z0-9+/=]{8,}/g],
  ['client secret', /\b(pi|seti)_[A-Za-z0-9]+_secret_[A-Za-z0-9]+/g],
  ['recovery token', /\/recover\/[A-Za-z0-9_-]{43}/g],
];

/** 13 to 19 digits, optionally grouped by single spaces or dashes, not inside a longer number or an id. */
const PAN_CANDIDATE = /(?<![\w.])\d(?:[ -]?\d){12,18}(?![\w.])/g;

function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

export type SecretFinding = { line: number; kind: string; excerpt: string };

/**
 * Every key, secret, client secret or card number (13–19 digits passing the Luhn check) in `text`,
 * by line, with the finding masked so the report does not leak it again.
 */
export function findSecrets(text: string): SecretFinding[] {
  const findings: SecretFinding[] = [];
  text.split('\n').forEach((content, index) => {
    for (const [kind, pattern] of SECRET_PATTERNS)
      for (const match of content.matchAll(pattern))
        findings.push({ line: index + 1, kind, excerpt: `${match[0].slice(0, 8)}…` });
    for (const match of content.matchAll(PAN_CANDIDATE)) {
      const digits = match[0].replace(/[ -]/g, '');
      if (passesLuhn(digits)) findings.push({ line: index + 1, kind: 'card number', excerpt: `…${digits.slice(-4)}` });
    }
  });
  return findings;
}
