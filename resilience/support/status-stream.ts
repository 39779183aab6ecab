/** What a browser's EventSource saw on one connection to /api/payments/<id>/events. */
export type StreamSession = {
  /** Every `status` event: its data and when it arrived (ms, performance.now()). */
  statuses: { at: number; status: string; final: boolean }[];
  /** The `retry:` hint the server sent before ending the stream, if any. */
  retryMs: number | null;
  /** Resolves when the server ends the stream (or the connection fails). */
  ended: Promise<void>;
  /** Resolves with the arrival time of the first final status. */
  final: Promise<{ at: number; status: string }>;
  close(): void;
};

/** Opens the payment status stream on `appUrl` the way the page does, and records what arrives. */
export async function openStatusStream(appUrl: string, paymentId: string): Promise<StreamSession> {
  const controller = new AbortController();
  const response = await fetch(`${appUrl}/api/payments/${paymentId}/events`, { signal: controller.signal });
  if (!response.ok || !response.body) throw new Error(`status stream answered ${response.status}`);
  const session: StreamSession = {
    statuses: [],
    retryMs: null,
    ended: Promise.resolve(),
    final: Promise.resolve({ at: 0, status: '' }),
    close: () => controller.abort(),
  };
  let resolveFinal!: (value: { at: number; status: string }) => void;
  session.final = new Promise((resolve) => (resolveFinal = resolve));
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  session.ended = (async () => {
    let buffer = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const retry = block.match(/^retry: (\d+)$/m);
          if (retry) session.retryMs = Number(retry[1]);
          const data = block.match(/^data: (.*)$/m);
          if (!/^event: status$/m.test(block) || !data) continue;
          const view = JSON.parse(data[1]!) as { status: string; final: boolean };
          const at = performance.now();
          session.statuses.push({ at, status: view.status, final: view.final });
          if (view.final) resolveFinal({ at, status: view.status });
        }
      }
    } catch {
      // aborted or the connection dropped: the stream is over either way
    }
  })();
  return session;
}
