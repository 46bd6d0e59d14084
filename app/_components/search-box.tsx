'use client';
// The search box in every page header: a plain GET form to /{locale}/search that works without
// JavaScript; with JavaScript, suggestions from /api/search appear as one types.
import { useEffect, useId, useState } from 'react';
import { usePageLabels } from './page-labels';
import { Link } from '@/i18n/link';

type Suggestion = {
  slug: string;
  name: string;
  birthDate: string | null;
  deathDate: string | null;
  birthPlace: string | null;
};

export function SearchBox({
  label,
  placeholder,
  submit,
  suggestionsLabel,
}: {
  label: string;
  placeholder: string;
  submit: string;
  suggestionsLabel: string;
}) {
  const { locale } = usePageLabels();
  const [q, setQ] = useState('');
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const listId = useId();

  useEffect(() => {
    const text = q.trim();
    if (text.length < 2) {
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/search?q=${encodeURIComponent(text)}&limit=6&locale=${locale}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { results: [] }))
        .then((body: { results: Suggestion[] }) => setSuggestions(body.results))
        .catch(() => {});
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, locale]);

  return (
    <form method="get" action={`/${locale}/search`} role="search" className="header-search">
      <label className="visually-hidden" htmlFor={`${listId}-q`}>
        {label}
      </label>
      <input
        id={`${listId}-q`}
        name="q"
        type="search"
        value={q}
        maxLength={200}
        placeholder={placeholder}
        autoComplete="off"
        aria-describedby={`${listId}-count`}
        onChange={(event) => setQ(event.target.value)}
      />
      <button type="submit">{submit}</button>
      {/* Suggestions are plain links, reached with Tab; the count is announced as it changes. */}
      <span id={`${listId}-count`} className="visually-hidden" aria-live="polite">
        {suggestions.length > 0 ? suggestionsLabel.replace('#', String(suggestions.length)) : ''}
      </span>
      {suggestions.length > 0 && (
        <ul id={listId} className="suggestions" aria-label={label}>
          {suggestions.map((s) => (
            <li key={s.slug}>
              <Link href={`/heroes/${s.slug}`} onClick={() => setSuggestions([])}>
                {s.name}
                <span className="muted">
                  {' '}
                  {[
                    s.birthDate && s.deathDate ? `${s.birthDate}–${s.deathDate}` : (s.birthDate ?? s.deathDate),
                    s.birthPlace,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
