import { existsSync, readFileSync } from 'node:fs';
import { findSecrets } from '../../lib/observability/find-secrets';
import { E2E } from './e2e-env';

/** Playwright's global teardown: fails the run when the servers' log holds a key, secret or card number. */
export default function scanServerLog(): void {
  if (!existsSync(E2E.serverLog)) throw new Error(`no server log at ${E2E.serverLog}: the launcher did not write it`);
  const text = readFileSync(E2E.serverLog, 'utf8');
  const findings = findSecrets(text);
  const lines = text.split('\n').length;
  if (findings.length > 0)
    throw new Error(
      `the e2e server log (${E2E.serverLog}) holds ${findings.length} secret(s) or card number(s): ` +
        findings
          .slice(0, 20)
          .map((f) => `line ${f.line}: ${f.kind} ${f.excerpt}`)
          .join('; '),
    );
  console.log(`server log scanned: ${lines} lines, no key, secret or card number`);
}
