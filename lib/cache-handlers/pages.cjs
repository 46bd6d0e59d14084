// Next's cache of rendered pages (cacheHandler): Next's own file-system cache, except that a page
// that does not exist is not kept. Anyone can ask for any address, and Next would keep a 404 for
// each one on disk (one file set per address, and an address too long for a file name failed
// with ENAMETOOLONG). A 404 is rendered for its request instead; real pages are kept as before.
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;

module.exports = class PageCache extends FileSystemCache {
  async set(key, data, ctx) {
    if (data && data.kind === 'APP_PAGE' && data.status === 404) return;
    return super.set(key, data, ctx);
  }
};
