// The benchmarks read their command line alike: `--help` prints the usage and exits, and a flag's
// value is the word after it.
export function readCommandLine(help: string): (flag: string) => string | undefined {
  if (process.argv.includes('--help')) {
    console.log(help);
    process.exit(0);
  }
  return (flag) => {
    const index = process.argv.indexOf(flag);
    return index > -1 ? process.argv[index + 1] : undefined;
  };
}
