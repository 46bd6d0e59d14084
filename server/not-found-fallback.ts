// A 404 that Next decides while rendering (notFound() for a Hero the archive does not hold) is
// sent as an empty error document whose text arrives only in the script payload
// (vercel/next.js#62228). A reader without JavaScript would see a blank page, so the page gets
// the same words, in the reader's language, as plain HTML inside <noscript>: browsers that run
// scripts ignore it and render Next's own not-found page.
import { toLocale } from '../i18n/routing';
import { CATALOGUES } from './catalogues';

export const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function withNotFoundText(html: string, status: number, url: string): string {
  if (status !== 404 || !html.includes('id="__next_error__"') || !html.includes('<body>')) return html;
  const locale = toLocale(url.split('/')[1]);
  const t = CATALOGUES[locale].notFound;
  const text =
    `<noscript><main id="main" lang="${locale}"><h1>${escape(t.title)}</h1><p>${escape(t.body)}</p>` +
    `<p><a href="/${locale}/heroes">${escape(t.back)}</a></p></main></noscript>`;
  return html.replace('<body>', `<body>${text}`);
}
