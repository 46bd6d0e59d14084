export type TagState = {
  sync(): Promise<void>;
  isStale(tags: readonly string[], storedAt: number): boolean;
  expiryOf(tags: readonly string[]): number;
  publish(tags: readonly string[]): Promise<void>;
};
export function tagState(): TagState;
export const GRACE_MS: number;
