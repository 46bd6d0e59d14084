import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, MigrationError, listMigrations, migrate, migrationChecksum } from '../../scripts/db/migrate';
import { createTestDatabase, query, type TestDatabase } from '../support/database';

describe('migrations', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('migrate');
  });
  afterAll(async () => database.drop());

  it('apply from empty, record Prisma-compatible rows, and do nothing on a second run', async () => {
    const applied = await migrate(database.url);
    const files = listMigrations();
    expect(applied).toEqual(files.map((m) => m.name));

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
    }>(
      database.url,
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((m) => m.name));
    for (const row of rows) {
      const sql = readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, 'migration.sql'), 'utf8');
      expect(row.checksum).toBe(migrationChecksum(sql));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
    }
    const tables = await query<{ tablename: string }>(
      database.url,
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
    );
    expect(tables.map((t) => t.tablename)).toEqual(
      expect.arrayContaining(['Hero', 'HeroName', 'Source', 'Citation', 'Unit', 'Battle']),
    );

    expect(await migrate(database.url)).toEqual([]);
    const again = await query(database.url, 'SELECT 1 FROM "_prisma_migrations"');
    expect(again).toHaveLength(rows.length);
  });

  it('refuses a migration whose file changed after it was applied, and changes nothing', async () => {
    const db = await createTestDatabase('changed');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zvezda-migrations-'));
    try {
      mkdirSync(path.join(dir, '20200101000000_first'));
      writeFileSync(
        path.join(dir, '20200101000000_first', 'migration.sql'),
        'CREATE TABLE "Thing" ("id" TEXT NOT NULL);\n',
      );
      await migrate(db.url, { dir });
      writeFileSync(
        path.join(dir, '20200101000000_first', 'migration.sql'),
        'CREATE TABLE "Thing" ("id" INTEGER NOT NULL);\n',
      );
      mkdirSync(path.join(dir, '20200102000000_second'));
      writeFileSync(path.join(dir, '20200102000000_second', 'migration.sql'), 'CREATE TABLE "Other" ("id" TEXT);\n');

      const attempt = migrate(db.url, { dir });
      await expect(attempt).rejects.toBeInstanceOf(MigrationError);
      await expect(migrate(db.url, { dir })).rejects.toThrow(/20200101000000_first was changed after it was applied/);
      const rows = await query(db.url, 'SELECT migration_name FROM "_prisma_migrations"');
      expect(rows).toHaveLength(1);
      const other = await query(db.url, "SELECT 1 FROM pg_tables WHERE tablename = 'Other'");
      expect(other).toHaveLength(0);
    } finally {
      await db.drop();
    }
  });

  it('rolls back a failing migration whole and records nothing for it', async () => {
    const db = await createTestDatabase('failing');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'zvezda-migrations-'));
    try {
      cpSync(MIGRATIONS_DIR, dir, { recursive: true });
      mkdirSync(path.join(dir, '29991231000000_broken'));
      writeFileSync(
        path.join(dir, '29991231000000_broken', 'migration.sql'),
        'CREATE TABLE "Half" ("id" TEXT);\nSELECT * FROM "NoSuchTable";\n',
      );
      await expect(migrate(db.url, { dir })).rejects.toThrow(/29991231000000_broken failed and was rolled back/);
      expect(await query(db.url, "SELECT 1 FROM pg_tables WHERE tablename = 'Half'")).toHaveLength(0);
      expect(
        await query(db.url, `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = '29991231000000_broken'`),
      ).toHaveLength(0);
      expect(await query(db.url, `SELECT 1 FROM "_prisma_migrations"`)).toHaveLength(listMigrations().length);
    } finally {
      await db.drop();
    }
  });
});
