// Tajik biographies, written for the archive from the facts of the fact sheet (never more than
// the English and Russian ones say). Draft translations: no native speaker has reviewed them yet.
export const tajikBiographies: Record<string, string> = {};
