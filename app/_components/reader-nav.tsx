'use client';
// The part of the header that depends on who is reading. Pages are the same for everyone and
// served from cache, so this asks /api/me once a page is shown, and again after every navigation
// (signing in or out moves to another page while the header stays); without JavaScript the
// reader sees the anonymous version ("Sign in").
import { Link } from '@/i18n/link';
import { useReader, type Reader } from './reader-status';

type Labels = { signIn: string; account: string; moderation: string };

export function ReaderNav({ labels }: { labels: Labels }) {
  return <ReaderLinks labels={labels} reader={useReader()} />;
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
