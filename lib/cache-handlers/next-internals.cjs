// The private Next modules the cache handlers build on, loaded in one place. They are not Next's
// public interface: `next` is pinned to an exact version in package.json, and each module is
// checked here for the shape the handlers use, so that an upgrade that moved or changed one stops
// the server at start with a message, instead of serving pages Next no longer expires.
// tests/unit/next-internals.test.ts checks the same shapes, and fails first on an upgrade.
const FILE_SYSTEM_CACHE = 'next/dist/server/lib/incremental-cache/file-system-cache.js';
const TAGS_MANIFEST = 'next/dist/server/lib/incremental-cache/tags-manifest.external.js';

// Each require names its module literally: Next bundles this file, and its bundler cannot follow a
// require of a variable.
function load(id, pick, check) {
  let value;
  try {
    value = pick();
  } catch (error) {
    throw new Error(
      `Zvezda's cache handlers need Next's private module ${id}, which did not load (${error.message}). Was next upgraded? See docs/serving.md and tests/unit/next-internals.test.ts.`,
      { cause: error },
    );
  }
  if (!check(value)) {
    throw new Error(
      `Next's private module ${id} no longer has the shape Zvezda's cache handlers use. Was next upgraded? See docs/serving.md and tests/unit/next-internals.test.ts.`,
    );
  }
  return value;
}

/** Next's cache of rendered pages on disk, which lib/cache-handlers/pages.cjs extends. */
const FileSystemCache = load(
  FILE_SYSTEM_CACHE,
  () => require('next/dist/server/lib/incremental-cache/file-system-cache.js').default,
  (value) =>
    typeof value === 'function' &&
    ['get', 'set', 'revalidateTag'].every((method) => typeof value.prototype[method] === 'function'),
);

/**
 * The tags manifest Next reads to decide whether a cached page is expired: tag → { expired, stale }.
 * A module Next keeps outside its bundles, so every part of the server shares this one Map.
 */
const tagsManifest = load(
  TAGS_MANIFEST,
  () => require('next/dist/server/lib/incremental-cache/tags-manifest.external.js').tagsManifest,
  (value) => value instanceof Map,
);

module.exports = { FileSystemCache, tagsManifest, FILE_SYSTEM_CACHE, TAGS_MANIFEST };
