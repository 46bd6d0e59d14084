'use client';
// What the few client components around a page need from the catalogue: the locale, and the
// words of the error and not-found pages (which take no props). Next-intl's client provider would
// bring its message-format parser to every page for these six strings.
import { createContext, useContext } from 'react';

export type PageLabels = {
  locale: string;
  error: { title: string; body: string; retry: string };
  notFound: { title: string; body: string; back: string };
};

const Labels = createContext<PageLabels | null>(null);

export function PageLabelsProvider({ labels, children }: { labels: PageLabels; children: React.ReactNode }) {
  return <Labels.Provider value={labels}>{children}</Labels.Provider>;
}

export function usePageLabels(): PageLabels {
  const labels = useContext(Labels);
  if (!labels) throw new Error('usePageLabels outside the locale layout');
  return labels;
}
