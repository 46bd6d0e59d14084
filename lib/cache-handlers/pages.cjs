// Next's cache of rendered pages (cacheHandler): Next's own file-system cache, with two changes.
//
// A page that does not exist is not kept. Anyone can ask for any address, and Next would keep a
// 404 for each one on disk (one file set per address, and an address too long for a file name
// failed with ENAMETOOLONG). A 404 is rendered for its request instead.
//
// A page is written to disk behind the reader's back. Next waits for set() before it answers the
// request that rendered the page, and the files (HTML, flight data, one file per segment, meta)
// took 2-15 ms here: time a reader waited after every change. FileSystemCache.set puts the page
// in its memory cache before its first await, so the page is served from memory at once while
// its files are written. Writes of one address follow each other in order, so its files never
// mix two renders; the rare set that finds an earlier write of its address still under way waits
// for it, as every set did before.
//
// A page rendered here before the server forgot its caches (tag-state.cjs, on SIGUSR2) is not
// served again: it may show a database that has since been replaced. The build's own pages were
// never set here and are kept.
const { FileSystemCache } = require('./next-internals.cjs');
const { tagState } = require('./tag-state.cjs');

/** The write under way for each address. On globalThis: the site's server loads this file apart from Next. */
globalThis.__zvezdaPageWrites ??= new Map();
const writing = globalThis.__zvezdaPageWrites;
/** When each page rendered by this process was set, on tag-state's clock. */
globalThis.__zvezdaPagesSetAt ??= new Map();
const setAt = globalThis.__zvezdaPagesSetAt;
const now = () => performance.timeOrigin + performance.now();

module.exports = class PageCache extends FileSystemCache {
  async get(key, ctx) {
    const at = setAt.get(key);
    if (at !== undefined && at <= tagState().forgottenAt()) {
      setAt.delete(key);
      return null;
    }
    return super.get(key, ctx);
  }

  async set(key, data, ctx) {
    if (data && data.kind === 'APP_PAGE' && data.status === 404) return;
    setAt.set(key, now());
    const earlier = writing.get(key);
    const write = (earlier ? earlier.then(() => super.set(key, data, ctx)) : super.set(key, data, ctx))
      .catch((error) => console.error(`[zvezda cache] could not write ${key} to disk: ${error.message}`))
      .finally(() => {
        if (writing.get(key) === write) writing.delete(key);
      });
    writing.set(key, write);
    // Without a memory cache (cacheMaxMemorySize: 0) the files are the only copy: wait for them.
    if (earlier || !FileSystemCache.memoryCache) await write;
  }

  /** Resolves when every page handed to set() so far is on disk (tests, a clean shutdown). */
  static flushed() {
    return Promise.all([...writing.values()]).then(() => undefined);
  }
};
