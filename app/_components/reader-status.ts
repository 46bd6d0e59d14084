'use client';
// Who is reading, asked of /api/me once a page is shown and again after every navigation. Pages
// are the same for everyone and served from cache; the parts that depend on the reader (the
// header's links, a moderator's controls) share one request per page.
import { useEffect, useState } from 'react';
import { usePathname } from 'next/navigation';

export type Reader = { signedIn: boolean; moderation: number | null };

let shared: { pathname: string; reader: Promise<Reader | null> } | null = null;

function readerOn(pathname: string): Promise<Reader | null> {
  if (shared?.pathname !== pathname) {
    const reader = fetch('/api/me', { cache: 'no-store' })
      .then((response) => (response.ok ? (response.json() as Promise<Reader>) : null))
      .catch(() => null);
    shared = { pathname, reader };
  }
  return shared.reader;
}

/** Null until known, and for a reader the site cannot ask about (no JavaScript shows the anonymous page). */
export function useReader(): Reader | null {
  const pathname = usePathname();
  const [reader, setReader] = useState<Reader | null>(null);
  useEffect(() => {
    let current = true;
    void readerOn(pathname).then((value) => current && setReader(value));
    return () => {
      current = false;
    };
  }, [pathname]);
  return reader;
}
