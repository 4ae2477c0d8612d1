// Everything a handler may touch, created once per mock instance.
import type { Clock } from "../glossary.ts";
import type { MockConfig } from "./config.ts";
import type { Outbox } from "./outbox.ts";
import type { RateLimiter } from "./rate-limiter.ts";
import type { Realtime } from "./realtime.ts";
import type { Store } from "./store.ts";

export type MockContext = {
  config: MockConfig;
  clock: Clock;
  store: Store;
  outbox: Outbox;
  rateLimiter: RateLimiter;
  realtime: Realtime;
  log: (line: string) => void;
};
