export type TagState = {
  sync(): Promise<void>;
  /** `startedAt`: when the entry's computation began (Next's entry.timestamp). */
  isStale(tags: readonly string[], startedAt: number): boolean;
  expiryOf(tags: readonly string[]): number;
  publish(tags: readonly string[]): Promise<void>;
  /** Grows with every invalidation this process learns of, from any instance. */
  generation(): number;
};
export function tagState(): TagState;
