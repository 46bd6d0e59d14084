'use client';
// The day a profile is printed. Profiles are served from cache, so the server cannot know it: the
// browser writes it when the page is shown and again just before printing. Without JavaScript
// the line stays empty rather than showing a wrong day.
import { useEffect, useState } from 'react';
import { formatPartialDate } from '@/lib/partial-date-format';

export function PrintDate({ locale }: { locale: string }) {
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => {
    const update = () => {
      const now = new Date();
      setToday(formatPartialDate(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())), 'DAY', locale));
    };
    update();
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, [locale]);
  return <time data-testid="printed-on">{today}</time>;
}
