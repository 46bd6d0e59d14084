declare class PageCache {
  /** Resolves when every page handed to set() so far is on disk. */
  static flushed(): Promise<void>;
}
export = PageCache;
