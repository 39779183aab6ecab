'use client';

import { useState } from 'react';
import type { ApiKeyRow } from '@/lib/dashboard/developers/api-key-rows';
import { revokeApiKeyAction } from '@/lib/dashboard/actions/revoke-api-key-action';
import { ConfirmDialog } from '../confirm-dialog';
import { EmptyState } from '../empty-state';
import { LocalTime } from '../local-time';
import { Badge } from '../status-badge';
import { Modal } from '../modal';
import { ApiKeyForm } from './api-key-form';
import { RollKeyButton } from './roll-key-button';
import { SecretReveal } from './secret-reveal';
import { PanelHeader } from '@/components/ui/panel-header';

/** A new secret to show once, and what else the merchant should know about it. */
export type RevealedKey = { title: string; secret: string; note: string | null };

/** Developers → API keys: every key with its prefix and use, create, roll and revoke. */
export function ApiKeysPanel({ keys }: { keys: ApiKeyRow[] }) {
  const working = keys.filter((key) => key.status !== 'revoked');
  // Held here, not in the row: a rolled key's row loses its buttons as soon as the list refreshes.
  const [revealed, setRevealed] = useState<RevealedKey | null>(null);
  return (
    <section aria-labelledby="api-keys-heading" className="space-y-4">
      <PanelHeader
        id="api-keys-heading"
        title="API keys"
        description={
          <>
            Secret keys authenticate your server’s requests to the API (
            <code className="text-[13px]">Authorization: Bearer sk_test_…</code>).
          </>
        }
        action={<ApiKeyForm onCreated={setRevealed} />}
      />
      {keys.length === 0 ? (
        <EmptyState title="No API keys yet">Create a key to call the API from your server.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white" aria-label="API keys">
          {keys.map((key) => (
            <li
              key={key.id}
              className="flex flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-5"
              data-testid={`api-key-${key.id}`}
            >
              <div className="min-w-0 space-y-1">
                <div className="flex flex-wrap items-center gap-2">
                  <p className="font-medium text-slate-900">{key.name ?? 'Unnamed key'}</p>
                  <KeyStatus keyRow={key} />
                </div>
                <p className="font-mono text-sm text-slate-700">{key.prefix}••••••••</p>
                <p className="text-xs text-slate-600">
                  Created <LocalTime unix={key.created} /> ·{' '}
                  {key.lastUsed ? (
                    <>
                      Last used <LocalTime unix={key.lastUsed} />
                    </>
                  ) : (
                    'Never used'
                  )}
                </p>
              </div>
              {key.status !== 'revoked' && (
                <div className="flex shrink-0 gap-2">
                  {key.status === 'active' && <RollKeyButton keyRow={key} onRolled={setRevealed} />}
                  <ConfirmDialog
                    trigger="Revoke"
                    title={`Revoke ${key.name ?? key.prefix}?`}
                    confirmLabel="Revoke key"
                    onConfirm={async () => {
                      const result = await revokeApiKeyAction({ id: key.id });
                      return result.ok ? null : result.error;
                    }}
                  >
                    <p>
                      Requests with <code className="font-mono">{key.prefix}…</code> will be refused at once. This
                      cannot be undone.
                    </p>
                    {working.length === 1 && (
                      <p className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
                        This is your last working key: the API will refuse every request until you create a new one.
                      </p>
                    )}
                  </ConfirmDialog>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <Modal open={revealed !== null} onClose={() => setRevealed(null)} title={revealed?.title ?? ''}>
        {revealed && (
          <SecretReveal
            label="Secret key"
            secret={revealed.secret}
            ifLost="roll the key for a new one"
            onDone={() => setRevealed(null)}
          >
            {revealed.note && <p className="text-sm text-slate-600">{revealed.note}</p>}
          </SecretReveal>
        )}
      </Modal>
    </section>
  );
}

function KeyStatus({ keyRow }: { keyRow: ApiKeyRow }) {
  if (keyRow.status === 'active')
    return <Badge tone="bg-emerald-50 text-emerald-800 ring-emerald-600/20">Active</Badge>;
  if (keyRow.status === 'revoked') return <Badge tone="bg-slate-100 text-slate-700 ring-slate-500/20">Revoked</Badge>;
  return (
    <Badge tone="bg-amber-50 text-amber-800 ring-amber-600/20">
      Expires <LocalTime unix={keyRow.revokedAt!} />
    </Badge>
  );
}
