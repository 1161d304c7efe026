// Every request the fake API server answered: counts per path for benchmarks, and a bounded
// log (method, path, query, status, time) for tests that check what a client actually sent.

export interface TRequestRecord {
  method: string;
  path: string;
  /** The query string without its "?", e.g. "limit=500&continue=…". */
  query: string;
  /** HTTP status, or "reset" when the server destroyed the socket on purpose. */
  status: number | "reset";
  /** Date.now() when the request arrived. */
  at: number;
}

const MAX_ENTRIES = 10_000;

export class RequestLog {
  #entries: TRequestRecord[] = [];
  #byPath = new Map<string, number>();
  #total = 0;

  record(entry: TRequestRecord): void {
    this.#total += 1;
    this.#byPath.set(entry.path, (this.#byPath.get(entry.path) ?? 0) + 1);
    this.#entries.push(entry);
    if (this.#entries.length > MAX_ENTRIES) this.#entries.splice(0, this.#entries.length - MAX_ENTRIES);
  }

  get total(): number {
    return this.#total;
  }

  /** The most recent requests (at most 10,000). */
  get entries(): readonly TRequestRecord[] {
    return this.#entries;
  }

  byPath(): Record<string, number> {
    return Object.fromEntries(this.#byPath);
  }

  /** Requests to exactly this path. */
  count(path: string): number {
    return this.#byPath.get(path) ?? 0;
  }

  reset(): void {
    this.#entries = [];
    this.#byPath.clear();
    this.#total = 0;
  }
}
