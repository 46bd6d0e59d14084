// Next's 'use cache' handler (cacheHandlers.default): cached data and components, in memory,
// least recently used first out, checked against the shared invalidations (tag-state.cjs).
const { tagState } = require('./tag-state.cjs');

const MAX_BYTES = Number(process.env.ZVEZDA_DATA_CACHE_BYTES ?? 128 * 1024 * 1024);
const entries = new Map();
let bytes = 0;

function remove(key) {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  bytes -= entry.value.byteLength;
}

module.exports = {
  async get(cacheKey, softTags) {
    const entry = entries.get(cacheKey);
    if (!entry) return undefined;
    const state = tagState();
    if (state.isStale([...entry.tags, ...softTags], entry.timestamp)) {
      remove(cacheKey);
      return undefined;
    }
    entries.delete(cacheKey);
    entries.set(cacheKey, entry);
    return {
      ...entry,
      value: new ReadableStream({
        start(controller) {
          controller.enqueue(entry.value);
          controller.close();
        },
      }),
    };
  },

  async set(cacheKey, pendingEntry) {
    const entry = await pendingEntry;
    let value;
    try {
      value = new Uint8Array(await new Response(entry.value).arrayBuffer());
    } catch {
      return; // an interrupted render: keep nothing rather than half a value
    }
    remove(cacheKey);
    entries.set(cacheKey, { ...entry, value });
    bytes += value.byteLength;
    for (const [oldest] of entries) {
      if (bytes <= MAX_BYTES) break;
      remove(oldest);
    }
  },

  async refreshTags() {
    await tagState().sync();
  },

  async getExpiration(tags) {
    return tagState().expiryOf(tags);
  },

  async updateTags(tags) {
    await tagState().publish(tags);
  },
};
