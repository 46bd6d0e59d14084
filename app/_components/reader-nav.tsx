'use client';
// The part of the header that depends on who is reading. Pages are the same for everyone and
// served from cache, so this asks /api/me once a page is shown, and again after every navigation
// (signing in or out moves to another page while the header stays); without JavaScript the
// reader sees the anonymous version ("Sign in").
import { useEffect, useState } from 'react';
import { Link, usePathname } from '@/i18n/link';

type Reader = { signedIn: boolean; moderation: number | null };
type Labels = { signIn: string; account: string; moderation: string };

export function ReaderNav({ labels }: { labels: Labels }) {
  const pathname = usePathname();
  const [reader, setReader] = useState<Reader | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch('/api/me', { signal: controller.signal, cache: 'no-store' })
      .then((response) => (response.ok ? (response.json() as Promise<Reader>) : null))
      .then((value) => value && setReader(value))
      .catch(() => {});
    return () => controller.abort();
  }, [pathname]);
  return <ReaderLinks labels={labels} reader={reader} />;
}

export function ReaderLinks({ labels, reader }: { labels: Labels; reader: Reader | null }) {
  return (
    <>
      {reader?.moderation != null && (
        <Link href="/moderation" data-testid="moderation-link">
          {labels.moderation.replace('{count}', String(reader.moderation))}
        </Link>
      )}
      {reader?.signedIn ? <Link href="/account">{labels.account}</Link> : <Link href="/sign-in">{labels.signIn}</Link>}
    </>
  );
}
