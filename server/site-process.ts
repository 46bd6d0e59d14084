// How the site's server process is started: by npm start, by bench:pages and by the tests' sites,
// so what is measured and tested is what runs.
//
// V8 flags. Sites are quiet most of the time: pages come from cache and approvals are seconds or
// days apart. While idle, V8 shrinks the heap (the "memory reducer") and, over the collections
// that follows, drops the bytecode of functions that have not run ("bytecode flushing"), so the
// first render after a quiet spell compiled them again. Measured on the 2-core machine, profile
// misses 12 s apart, two pairs of 16 each: with both off every rank of the distribution was 8 to
// 25 ms lower (medians 108 and 123 ms against 121 and 131; slowest 146 and 171 against 160 and
// 197), at the same memory (371 MB against 364 MB resident).
const SITE_NODE_FLAGS = ['--no-flush-bytecode', '--no-memory-reducer'] as const;

/** Node's arguments before the script: the V8 flags, then tsx as a loader in the same process. */
export const SITE_NODE_ARGS = [...SITE_NODE_FLAGS, '--import', 'tsx'] as const;
