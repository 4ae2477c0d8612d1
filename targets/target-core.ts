// What every target shares: actors over a send step, exchange listeners, and the dev routes
// (/__dev/outbox, /__dev/clock) read through an actor so they are recorded like any request.
import { setTimeout as sleep } from "node:timers/promises";
import { componentValidator } from "#openapi";
import type { ContractDocument } from "#openapi";
import type { Actor, Exchange, OutboxMessage, Target, TargetCapabilities } from "./target.ts";
import { createCookieActor, savedJar } from "./transport/cookie-actor.ts";
import type { Send } from "./transport/cookie-actor.ts";

export type TargetCoreOptions = {
  name: string;
  kind: Target["kind"];
  baseUrl: string;
  frontendOrigin: string;
  capabilities: TargetCapabilities;
  /** The profile's contract: requests are matched to its operations and answers checked against it. */
  document: ContractDocument;
  send: Send;
  /** Overrides reading the mailbox over HTTP (the in-process mock reads its outbox directly). */
  mailbox?: (to: string) => Promise<OutboxMessage[]>;
  /** Overrides moving the clock over HTTP. */
  advanceClock?: (ms: number) => Promise<void>;
  rewindClock?: (ms: number) => Promise<void>;
  /** Where Socket.io answers when it is not the base URL (the in-process mock's local server). */
  realtimeUrl?: () => Promise<string>;
  /** Overrides waiting REALTIME_QUIET_MS for events in flight (the in-process mock knows when they have arrived). */
  realtimeSettled?: () => Promise<void>;
  close?: () => Promise<void>;
};

/** How long a socket is watched for an event that must not come, over a network. */
export const REALTIME_QUIET_MS = 300;

const outboxValidator = componentValidator("OutboxMessage").array();

function isOutbox(value: unknown): value is OutboxMessage[] {
  return outboxValidator.safeParse(value).success;
}

/** A Target over a send step. */
export function createTargetCore(options: TargetCoreOptions): Target {
  const listeners = new Set<(exchange: Exchange) => void>();
  const emit = (exchange: Exchange) => listeners.forEach((listener) => listener(exchange));
  const actor: Target["actor"] = (label, actorOptions) => createCookieActor({
    label,
    clientIp: actorOptions?.clientIp,
    baseUrl: options.baseUrl,
    frontendOrigin: options.frontendOrigin,
    send: options.send,
    document: options.document,
    onExchange: emit,
  }, actorOptions?.cookies === undefined ? undefined : savedJar(actorOptions.cookies));
  const system = actor("target");

  return {
    name: options.name,
    kind: options.kind,
    baseUrl: options.baseUrl,
    frontendOrigin: options.frontendOrigin,
    capabilities: options.capabilities,
    document: options.document,
    actor,
    onExchange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async mailbox(to) {
      if (options.mailbox !== undefined) return options.mailbox(to);
      const exchange = await system.request(`/__dev/outbox?to=${encodeURIComponent(to)}`);
      if (exchange.status !== 200 || !isOutbox(exchange.body)) {
        throw new Error(`Failed to read the mailbox of ${to}: GET /__dev/outbox answered ${exchange.status}. Check that the target serves its test mailbox.`);
      }
      return exchange.body;
    },
    async advanceClock(ms) {
      if (options.advanceClock !== undefined) return options.advanceClock(ms);
      await moveClockOverHttp(system, ms);
    },
    async rewindClock(ms) {
      if (options.rewindClock !== undefined) return options.rewindClock(ms);
      await moveClockOverHttp(system, -ms);
    },
    realtimeUrl: options.realtimeUrl ?? (async () => options.baseUrl),
    realtimeSettled: options.realtimeSettled ?? (() => sleep(REALTIME_QUIET_MS)),
    close: options.close ?? (async () => {}),
  };
}

/** POST /__dev/clock: a negative move puts the clock back. */
async function moveClockOverHttp(system: Actor, ms: number): Promise<void> {
  const exchange = await system.request("/__dev/clock", { json: { advanceMs: ms } });
  if (exchange.status !== 200) throw new Error(`Failed to move the clock by ${ms} ms: POST /__dev/clock answered ${exchange.status}. Check that the target serves its dev clock.`);
}
