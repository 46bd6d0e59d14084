// Picture storage for the tests of what an upload leaves behind when storing fails.
import type { MediaStorage } from '../../lib/media/storage';

/** `storage`, except that its `n`th put fails with `message`: an upload cut off half-way through storing. */
export function failingOnPut(storage: MediaStorage, n: number, message: string): MediaStorage {
  let puts = 0;
  return {
    kind: storage.kind,
    put: async (key, body, type) => {
      puts += 1;
      if (puts === n) throw new Error(message);
      return storage.put(key, body, type);
    },
    get: (key) => storage.get(key),
    delete: (key) => storage.delete(key),
  };
}
