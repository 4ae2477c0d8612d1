// Runs async work one at a time per key: the mock's stand-in for a database's unique constraints and
// row locks, so a check-then-insert cannot interleave with another request's (record creation awaits
// schema validation, and two requests that both saw "no such email" would both insert).

export type KeyedQueue = {
  /** Runs `work` after every earlier work of the same key has settled; resolves or rejects as it does. */
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
};

/** An empty queue. */
export function createKeyedQueue(): KeyedQueue {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(key, work) {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(work, work);
      const tail = result.catch(() => undefined);
      tails.set(key, tail);
      // The last one out removes its key, so the map holds only keys with work in flight.
      void tail.then(() => tails.get(key) === tail && tails.delete(key));
      return result;
    },
  };
}
