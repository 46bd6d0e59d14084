// Databases on the test server. Every test file has its own clone of the seeded template (made by
// tests/setup/each-file.ts; `fileDatabaseUrl()` names it); tests that must start empty, or need a
// second seeded database, make one here.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import { createPrismaClient, type PrismaClient } from '../../lib/prisma-client';
import { migrate } from '../../scripts/db/migrate';

export type TestDatabase = { url: string; name: string; drop: () => Promise<void> };

function urlOf(name: string): string {
  return inject('serverUrl').replace(/\/postgres$/, `/${name}`);
}

async function onServer(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: inject('serverUrl') });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

/** Drops the database if it exists, cutting whoever is connected. */
export function dropDatabase(name: string): Promise<void> {
  return onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

function handle(name: string): TestDatabase {
  return { url: urlOf(name), name, drop: () => dropDatabase(name) };
}

export function uniqueDatabaseName(prefix = 'test'): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`;
}

/** An empty database: for migrations and the seed to run on. */
export async function createTestDatabase(prefix = 'test'): Promise<TestDatabase> {
  const name = uniqueDatabaseName(prefix);
  await onServer(`CREATE DATABASE "${name}"`);
  return handle(name);
}

/** A client of the file's own database (tests/setup/each-file.ts), disconnected after the file's tests. */
export function useFileDatabase(): PrismaClient {
  const prisma = createPrismaClient(fileDatabaseUrl(), { max: 2 });
  afterAll(() => prisma.$disconnect());
  return prisma;
}

/**
 * A database of its own for the tests of the file, or of the describe block it is called in:
 * created and migrated (not seeded) before their first test, dropped after the last, with a client.
 */
export function useMigratedDatabase(prefix: string): { url: string; prisma: PrismaClient } {
  const { name, url, drop } = handle(uniqueDatabaseName(prefix));
  // The client connects at its first query, after the database exists.
  const prisma = createPrismaClient(url, { max: 2 });
  beforeAll(async () => {
    await onServer(`CREATE DATABASE "${name}"`);
    await migrate(url);
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await drop();
  });
  return { url, prisma };
}

/**
 * A copy of the migrated and seeded template, with the site role's grants (they are copied with
 * the tables; CONNECT is granted per database, so it is given again here).
 */
export async function cloneTemplate(name = uniqueDatabaseName('clone')): Promise<TestDatabase> {
  await onServer(`CREATE DATABASE "${name}" TEMPLATE ${inject('templateDatabase')}`);
  await onServer(`GRANT CONNECT ON DATABASE "${name}" TO ${inject('siteRole')}`);
  return handle(name);
}

export function databaseUrlOf(name: string): string {
  return urlOf(name);
}

/** This test file's own seeded database (the owner's URL, as migrations and the seed use). */
export function fileDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: tests/setup/each-file.ts sets it for every test file');
  return url;
}

/** The same database as the site connects to it: as the site role, which owns nothing. */
export function asSiteRole(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.username = inject('siteRole');
  url.password = inject('siteRolePassword');
  return url.toString();
}

export async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
