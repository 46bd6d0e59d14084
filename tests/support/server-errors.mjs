// Loaded (node --import) into every site server the tests start. Whatever the server reports as
// an error, through console.error (which is how Next logs a failed render, route or action) or as
// an uncaught exception or unhandled rejection, is also written as one marked line, so that
// tests/support/site.ts can find it in the log exactly and fail the test that caused it.
import { format } from 'node:util';

export const SERVER_ERROR_MARK = '[zvezda-test:server-error] ';

const write = (text) => process.stderr.write(`${SERVER_ERROR_MARK}${JSON.stringify(text)}\n`);
const original = console.error.bind(console);
console.error = (...args) => {
  const text = format(...args);
  // Node prints its own warnings (deprecations and the like) through console.error: not errors.
  if (!/^\(node:\d+\) \w*Warning: /.test(text)) write(text);
  original(...args);
};
// The monitor does not change what Node does with the exception (the process still ends).
process.on('uncaughtExceptionMonitor', (error) => write(`uncaught exception: ${error?.stack ?? String(error)}`));
process.on('unhandledRejection', (reason) => {
  write(`unhandled rejection: ${reason?.stack ?? String(reason)}`);
  // With no other listener Node would have ended the process: keep that behaviour.
  if (process.listenerCount('unhandledRejection') === 1) throw reason;
});
// A server a test worker keeps between files (tests/support/site.ts) reads nothing, but its input
// is a pipe from the worker: when the worker ends, however it ends, the pipe closes and so does
// the server, instead of serving on with nobody to stop it.
if (process.env.ZVEZDA_TEST_END_WITH_PARENT === '1') process.stdin.on('end', () => process.exit(0)).resume();
