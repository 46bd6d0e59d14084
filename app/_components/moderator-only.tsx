'use client';
// A moderator's controls on a page served from cache to everyone: shown once the browser learns
// the reader moderates. The action behind them checks the role again (lib/), so hiding is only
// for the reader's sake.
import { useReader } from './reader-status';

export function ModeratorOnly({ children }: { children: React.ReactNode }) {
  const reader = useReader();
  return reader?.moderation != null ? children : null;
}
