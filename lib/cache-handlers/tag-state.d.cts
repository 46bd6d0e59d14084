export type TagState = {
  sync(): Promise<void>;
  /** `startedAt`: when the entry's computation began (Next's entry.timestamp). */
  isStale(tags: readonly string[], startedAt: number): boolean;
  expiryOf(tags: readonly string[]): number;
  publish(tags: readonly string[]): Promise<void>;
  /** Forgets every cached page and entry and every invalidation learnt, for a database replaced under the site. */
  forget(): Promise<void>;
  /** When forget() was last called (0 if never), on the clock of isStale's `startedAt`. */
  forgottenAt(): number;
  /** Grows with every invalidation this process learns of, from any instance. */
  generation(): number;
};
export function tagState(): TagState;
