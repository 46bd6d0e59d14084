export type TagState = {
  sync(): Promise<void>;
  isStale(tags: readonly string[], storedAt: number): boolean;
  expiryOf(tags: readonly string[]): number;
  publish(tags: readonly string[]): Promise<void>;
  /** Grows with every invalidation this process learns of, from any instance. */
  generation(): number;
};
export function tagState(): TagState;
export const GRACE_MS: number;
