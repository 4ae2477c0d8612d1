// vitest's native module runner (verify runs without vite's) imports each contract file, and the
// setup file before each, as `<file>?vitest=<now>`, so that a file imported again runs again. A verify
// worker imports each contract file once, and that query costs every one of them Node's compile
// cache (its key is the URL): each was type-stripped and compiled anew on every run, and the cache
// gained two entries per contract file and worker each run (about 240 files a run, never read).

const RERUN_QUERY = /\?vitest=\d+$/;

/** A file URL without the query vitest adds to re-run it; any other URL as it is. */
export function withoutRerunQuery(url: string): string {
  return url.startsWith("file:") ? url.replace(RERUN_QUERY, "") : url;
}
