// A request made while building a state (or the capability probe's user): it must succeed, and a
// 429 is waited out once (a target that ignores X-Forwarded-For puts every actor in one rate-limit bucket).
import { setTimeout as sleep } from "node:timers/promises";
import type { Actor, Exchange, RequestOptions } from "./target.ts";

const MAX_WAIT_SECONDS = 65;

/** Sends, retries once after X-Retry-After on 429, and throws unless the status is `expected`. */
export async function setupRequest(actor: Actor, path: string, options: RequestOptions, expected = 200): Promise<Exchange> {
  let exchange = await actor.request(path, options);
  if (exchange.status === 429) {
    const seconds = Number(exchange.headers.get("x-retry-after") ?? "10");
    await sleep(Math.min(Number.isFinite(seconds) ? seconds : 10, MAX_WAIT_SECONDS) * 1000 + 250);
    exchange = await actor.request(path, options);
  }
  if (exchange.status !== expected) {
    throw new Error(`${actor.label}: ${exchange.request.method} ${path} answered ${exchange.status} (expected ${expected}): ${exchange.text.slice(0, 300)}`);
  }
  return exchange;
}
