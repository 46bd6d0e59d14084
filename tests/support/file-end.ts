// Work a support module must do when the test file that used it ends (tests/setup/each-file.ts
// runs it before the file's database is dropped). A support module cannot call afterAll at its
// own top level: a worker runs several files without isolation (vitest.config.ts) and evaluates
// a shared module once, so its hook would belong to the first of those files only.
const pending: (() => Promise<void>)[] = [];

/** Runs `task` once after the current test file's tests (and its own afterAll hooks). */
export function atFileEnd(task: () => Promise<void>): void {
  pending.push(task);
}

/** Runs and forgets the tasks registered with atFileEnd, in the order they were registered. */
export async function runFileEndTasks(): Promise<void> {
  for (const task of pending.splice(0)) await task();
}
