'use client';

import { useCallback, useEffect, useRef } from 'react';
import { embedMessage, type TEmbedMessageBody } from '@/lib/embed/embed-protocol';
import { postEmbedMessage } from '@/lib/embed/post-embed-message';

/** How tall the frame must be while a 3-D Secure challenge shows (the challenge dialog is about 650 px). */
export const CHALLENGE_MIN_HEIGHT = 720;

/**
 * Talks to the page that frames this checkout: posts protocol messages to its exact origin only, and
 * reports the content's height whenever it changes (at least CHALLENGE_MIN_HEIGHT while `tall`).
 */
export function useEmbedHost(sessionId: string, hostOrigin: string) {
  const content = useRef<HTMLDivElement>(null);
  const tall = useRef(false);
  const lastHeight = useRef(-1);

  const post = useCallback(
    (body: TEmbedMessageBody) => {
      if (window.parent === window) return;
      postEmbedMessage(window.parent, hostOrigin, embedMessage(sessionId, body));
    },
    [sessionId, hostOrigin],
  );

  const reportHeight = useCallback(() => {
    const measured = Math.ceil(content.current?.getBoundingClientRect().height ?? 0);
    const height = tall.current ? Math.max(measured, CHALLENGE_MIN_HEIGHT) : measured;
    if (height === lastHeight.current) return;
    lastHeight.current = height;
    post({ type: 'resize', height });
  }, [post]);

  /** Grows the frame for a 3-D Secure challenge (before it shows), or lets it shrink back afterwards. */
  const setTall = useCallback(
    (value: boolean) => {
      tall.current = value;
      reportHeight();
    },
    [reportHeight],
  );

  useEffect(() => {
    const node = content.current;
    if (!node) return;
    const observer = new ResizeObserver(reportHeight);
    observer.observe(node);
    return () => observer.disconnect();
  }, [reportHeight]);

  return { content, post, setTall };
}
