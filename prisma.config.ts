// The Prisma CLI's configuration. The app itself connects through lib/db.ts; only the CLI reads
// this file, and `prisma generate` needs no database, so the URL may be absent.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? '' },
});
