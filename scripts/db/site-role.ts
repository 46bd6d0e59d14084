// The site's own database role. Migrations run as the owner of the tables; the site connects as a
// role that owns nothing, so even a site compromised into running any SQL cannot ALTER a table,
// switch the history triggers off or TRUNCATE, and the history tables (revisions, the audit log,
// role changes, language reviewers' changes) only take SELECT and INSERT from it. Re-run after every migration: grants are per
// table, so a table added since would otherwise be out of the site's reach.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

export const SITE_ROLE = 'zvezda_site';
export const APPEND_ONLY_TABLES = [
  'Revision',
  'AuditEvent',
  'RoleChange',
  'LanguageReviewerChange',
  'RevisionRedaction',
] as const;
// Kept by the database's own triggers (the Heroes' counts, the help page's counts): the site reads
// them, never writes them.
const READ_ONLY_TABLES = ['HeroTally', 'OpenQuestionTally'] as const;
// The migration runner's bookkeeping: the site has no business reading or writing it.
const OWNER_ONLY_TABLES = ['_prisma_migrations'] as const;

const quoted = (tables: readonly string[]) => tables.map((table) => `"${table}"`).join(', ');

/** The owner may not create or manage roles (no CREATEROLE): the caller decides what to do. */
export class SiteRoleUnavailableError extends Error {}

function sitePassword(passwordFile: string): string {
  if (!existsSync(passwordFile)) {
    mkdirSync(path.dirname(passwordFile), { recursive: true });
    writeFileSync(passwordFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
  }
  chmodSync(passwordFile, 0o600); // a copied or hand-made file may be readable by others
  return readFileSync(passwordFile, 'utf8').trim();
}

/**
 * As the owner, creates or updates the LOGIN role the site connects as and grants it exactly what
 * the site needs in the owner's database. Idempotent. Returns the site's connection URL (the
 * owner's URL with the site role's name and password). The password is generated once and kept
 * in `passwordFile` (mode 0600).
 */
export async function ensureSiteRole(
  ownerUrl: string,
  options: { passwordFile: string; role?: string },
): Promise<string> {
  const role = options.role ?? SITE_ROLE;
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const owner = await client.query<{ rolsuper: boolean; rolcreaterole: boolean }>(
      'SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user',
    );
    if (!owner.rows[0]?.rolsuper && !owner.rows[0]?.rolcreaterole) {
      throw new SiteRoleUnavailableError('the database user of DATABASE_URL may not create roles (no CREATEROLE)');
    }
    const password = sitePassword(options.passwordFile);
    const id = client.escapeIdentifier(role);
    await client.query('BEGIN');
    const exists = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
    // Attributes not named here default to NO on CREATE; they are checked below rather than set
    // on ALTER, because only a superuser may even say NOSUPERUSER.
    await client.query(
      `${exists.rowCount ? 'ALTER' : 'CREATE'} ROLE ${id} WITH LOGIN PASSWORD ${client.escapeLiteral(password)}`,
    );
    const attributes = await client.query<{ oid: number; risky: boolean; member_of: number }>(
      `SELECT r.oid, (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication OR r.rolbypassrls) AS risky,
              (SELECT count(*) FROM pg_auth_members m WHERE m.member = r.oid)::int AS member_of
         FROM pg_roles r WHERE r.rolname = $1`,
      [role],
    );
    const site = attributes.rows[0]!;
    if (site.risky || site.member_of > 0) {
      throw new Error(
        `The role ${role} exists with more power than the site may have (a superuser, role or database creator, or a member of another role). Remove it or make it a plain LOGIN role.`,
      );
    }
    const owned = await client.query('SELECT 1 FROM pg_class WHERE relowner = $1 LIMIT 1', [site.oid]);
    if (owned.rowCount) await client.query(`REASSIGN OWNED BY ${id} TO CURRENT_USER`);

    const database = client.escapeIdentifier(
      (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0]!.db,
    );
    await client.query(`GRANT CONNECT ON DATABASE ${database} TO ${id}`);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${id}`);
    await client.query(`REVOKE CREATE ON SCHEMA public FROM ${id}`);
    // Start from nothing each time, so a privilege given by hand or by an older version goes.
    await client.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${id}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${id}`);
    const tables = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`,
    );
    const present = new Set(tables.rows.map((row) => row.name));
    for (const table of APPEND_ONLY_TABLES.filter((t) => present.has(t))) {
      await client.query(`REVOKE UPDATE, DELETE ON ${client.escapeIdentifier(table)} FROM ${id}`);
    }
    for (const table of READ_ONLY_TABLES.filter((t) => present.has(t))) {
      await client.query(`REVOKE INSERT, UPDATE, DELETE ON ${client.escapeIdentifier(table)} FROM ${id}`);
    }
    for (const table of OWNER_ONLY_TABLES.filter((t) => present.has(t))) {
      await client.query(`REVOKE ALL ON ${client.escapeIdentifier(table)} FROM ${id}`);
    }
    await client.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${id}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${id}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    // PostgreSQL 16+: CREATEROLE alone does not let the owner alter a role someone else created.
    if ((error as { code?: string }).code === '42501')
      throw new SiteRoleUnavailableError(`the owner may not manage the role ${role}: ${(error as Error).message}`);
    throw error;
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = role;
  url.password = sitePassword(options.passwordFile);
  return url.toString();
}

/**
 * The URL the site connects with (`npm start`): SITE_DATABASE_URL when the operator gives one;
 * otherwise the site role, created as the owner; with an operator's DATABASE_URL whose user may
 * not create roles, the owner's URL itself, with a warning.
 */
export async function resolveSiteUrl(
  database: { url: string; embedded: boolean },
  options: { siteDatabaseUrl?: string; passwordFile: string; warn: (line: string) => void },
): Promise<string> {
  if (!database.embedded && options.siteDatabaseUrl) return options.siteDatabaseUrl;
  try {
    return await ensureSiteRole(database.url, { passwordFile: options.passwordFile });
  } catch (error) {
    if (database.embedded || !(error instanceof SiteRoleUnavailableError)) throw error;
    options.warn(
      `WARNING: the site connects as the owner of the tables, because ${error.message}. ` +
        'It can then alter tables and switch the history triggers off. Set SITE_DATABASE_URL to a role with only ' +
        `SELECT/INSERT/UPDATE/DELETE (SELECT/INSERT on ${quoted(APPEND_ONLY_TABLES)}; SELECT on ${quoted(READ_ONLY_TABLES)}), ` +
        'or give the owner CREATEROLE.',
    );
    return database.url;
  }
}
