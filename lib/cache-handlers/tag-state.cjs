// What this process knows of cache invalidations, kept in step with PostgreSQL ("CacheTag",
// written by lib/cache.ts in the same transaction as each change). CommonJS because Next loads
// cache handlers with require(), outside its bundles. One state per process (globalThis), shared
// by the 'use cache' handler (data.cjs) and the site's server, which syncs it before every page.
//
// Rendered pages stay in Next's own cache (none is prerendered at build time: lib/heroes/cached.ts);
// Next decides whether one is out of date from its tags manifest, a module Next keeps outside its
// bundles so that every part of the server shares it. Each invalidation learnt here is written
// there too: that is how a change made on another instance reaches this one's cached pages.
//
// Strictness: before serving anything cached, a request waits for a look at "CacheTag" that
// began after the request arrived (concurrent requests share one query), so a change committed
// before a request is visible to it on every instance. LISTEN/NOTIFY makes the usual case
// cheap: the query finds nothing new.
//
// A render that was in flight while a change committed may store data older than the change.
// A 'use cache' entry carries the time its computation began, so it is out of date when it began
// before this process learnt of the invalidation: no grace is needed there, and the render that
// follows an invalidation finds the entries it has just filled (with a grace it would not, and
// Next would render the page twice, the second time for this request alone). A page Next keeps
// carries the time it was stored, so a page stored within GRACE_MS after an invalidation is
// served but refreshed once more in the background.
const pg = require('pg');

const CHANNEL = 'zvezda_cache_tags';
const GRACE_MS = 2000;
// The clock Next stamps 'use cache' entries with, so that the two are compared on one clock.
const now = () => performance.timeOrigin + performance.now();

// Loaded everywhere (scripts and tests too, where nothing reads it): a missing module must stop
// the server rather than leave Next's cached pages never expiring.
const { tagsManifest: nextTagsManifest } = require('./next-internals.cjs');

function createState() {
  const state = {
    expiry: new Map(),
    /** Counts every invalidation learnt: a finished page kept with one count is out of date at the next. */
    generation: 0,
    lastSeq: '0',
    /** When forget() was last called: every 'use cache' entry begun before then is out of date. */
    forgottenAt: 0,
    client: null,
    connecting: null,
    running: null,
    queued: null,
    warned: false,
  };

  function warn(error) {
    if (!state.warned)
      console.error(`[zvezda cache] cannot reach PostgreSQL for cache invalidations: ${error.message}`);
    state.warned = true;
  }

  function mark(tags, at) {
    if (tags.length > 0) state.generation += 1;
    for (const tag of tags) {
      const latest = Math.max(state.expiry.get(tag) ?? 0, at);
      state.expiry.set(tag, latest);
      // Pages stored before the change are expired (rendered again before being served); pages
      // stored just after it, perhaps by a render already under way, are refreshed once more.
      nextTagsManifest.set(tag, { expired: latest, stale: latest + GRACE_MS });
    }
  }

  async function connect() {
    const url = process.env.DATABASE_URL;
    if (!url) return null;
    const client = new pg.Client({ connectionString: url, application_name: 'zvezda-cache' });
    // A notice only prompts a look: the table's sequence says what is new, so a change this
    // process has already learnt from a look is not learnt again later (which would expire the
    // entries a render has filled since).
    client.on('notification', () => void sync());
    // A connection the database ends (a restart, a failover) is opened again at the next look;
    // only a look that fails says so in the log.
    client.on('error', () => {
      if (state.client === client) state.client = null;
    });
    await client.connect();
    // The listening connection must not keep a finished build or script alive.
    client.connection?.stream?.unref?.();
    await client.query(`LISTEN ${CHANNEL}`);
    const { rows } = await client.query(
      'SELECT "tag", "seq"::text AS seq, (extract(epoch from "expiredAt") * 1000)::float8 AS at FROM "CacheTag"',
    );
    for (const row of rows) {
      mark([row.tag], Number(row.at));
      if (BigInt(row.seq) > BigInt(state.lastSeq)) state.lastSeq = row.seq;
    }
    state.warned = false;
    return client;
  }

  async function look() {
    try {
      if (!state.client) {
        state.connecting ??= connect().finally(() => (state.connecting = null));
        state.client = await state.connecting;
        return;
      }
      const { rows } = await state.client.query('SELECT "tag", "seq"::text AS seq FROM "CacheTag" WHERE "seq" > $1', [
        state.lastSeq,
      ]);
      const learnt = now();
      for (const row of rows) {
        mark([row.tag], learnt);
        if (BigInt(row.seq) > BigInt(state.lastSeq)) state.lastSeq = row.seq;
      }
    } catch (error) {
      // Serving on with what is known beats failing every page; the error is logged once.
      warn(error);
      state.client = null;
    }
  }

  /** Resolves once a look that began after this call has finished. */
  function sync() {
    if (!state.running) {
      state.running = look().finally(() => (state.running = null));
      return state.running;
    }
    state.queued ??= state.running.then(() => {
      state.queued = null;
      return sync();
    });
    return state.queued;
  }

  /** A 'use cache' entry whose computation began at `startedAt` (Next's entry.timestamp). */
  function isStale(tags, startedAt) {
    if (startedAt <= state.forgottenAt) return true;
    for (const tag of tags) {
      const at = state.expiry.get(tag);
      if (at !== undefined && startedAt <= at) return true;
    }
    return false;
  }

  function expiryOf(tags) {
    let latest = 0;
    for (const tag of tags) latest = Math.max(latest, state.expiry.get(tag) ?? 0);
    return latest;
  }

  /** An invalidation made inside this process (revalidateTag, revalidatePath): tell the others. */
  async function publish(tags) {
    mark(tags, now());
    try {
      if (!state.client) await sync();
      if (!state.client) return;
      await state.client.query(
        `INSERT INTO "CacheTag" ("tag", "expiredAt") SELECT unnest($1::text[]), clock_timestamp()
         ON CONFLICT ("tag") DO UPDATE SET "expiredAt" = EXCLUDED."expiredAt", "seq" = nextval(pg_get_serial_sequence('"CacheTag"', 'seq'))`,
        [tags],
      );
      await state.client.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(tags)]);
    } catch (error) {
      warn(error);
    }
  }

  /**
   * Forgets what this process has kept and learnt, as if it had just started: for a database
   * replaced under the running site (scripts/serve.ts, on SIGUSR2). Every 'use cache' entry and
   * every page rendered here until now is out of date (data.cjs, pages.cjs), the server's own
   * answers go with the generation, and the next look reads "CacheTag" afresh over a new
   * connection, from the start of its sequence. The pages the build made are kept: they read no
   * data.
   */
  async function forget() {
    const client = state.client;
    state.client = null;
    state.lastSeq = '0';
    state.warned = false;
    state.forgottenAt = now();
    state.generation += 1;
    await client?.end().catch(() => {});
  }

  return {
    sync,
    isStale,
    expiryOf,
    publish,
    forget,
    forgottenAt: () => state.forgottenAt,
    generation: () => state.generation,
  };
}

function tagState() {
  globalThis.__zvezdaCacheTags ??= createState();
  return globalThis.__zvezdaCacheTags;
}

module.exports = { tagState };
