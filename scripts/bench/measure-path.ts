// One measurement: autocannon (programmatic) against one URL with one request, after a warm-up.
import autocannon from "autocannon";
import type { BenchRequest } from "./bench-paths.ts";
import { cpuMillisOf } from "./process-cpu.ts";

export type LoadOptions = {
  connections: number;
  seconds: number;
  warmUpSeconds: number;
  /** Send each request from the next of this many X-Forwarded-For addresses, so per-IP rate limits stay out of the figures. */
  forwardedForPool?: number;
};

export type Measurement = {
  rps: number;
  p99: number;
  /** Responses by status code, plus "errors" for connection errors and time-outs. */
  statuses: Record<string, number>;
  /** CPU time the server's own process spent per response, in µs (undefined where /proc cannot tell). */
  cpuMicros: number | undefined;
};

function run(url: string, request: BenchRequest, connections: number, seconds: number, forwardedForPool = 0): Promise<autocannon.Result> {
  let sent = 0;
  const rotate = (next: autocannon.Request) => ({ ...next, headers: { ...next.headers, "x-forwarded-for": `10.9.${Math.floor((sent % forwardedForPool) / 250)}.${(sent++ % forwardedForPool) % 250}` } });
  const requests = forwardedForPool > 0 ? [{ setupRequest: rotate }] : undefined;
  return autocannon({ url: `${url}${request.path}`, method: request.method, headers: request.headers, body: request.body, connections, duration: seconds, requests });
}

/** Drives `url` (served by process `pid`) with the request over keep-alive connections; req/s over the whole run, p99 latency in ms. */
export async function measurePath(url: string, pid: number, request: BenchRequest, options: LoadOptions): Promise<Measurement> {
  if (options.warmUpSeconds > 0) await run(url, request, options.connections, options.warmUpSeconds, options.forwardedForPool);
  const cpuBefore = cpuMillisOf(pid);
  const result = await run(url, request, options.connections, options.seconds, options.forwardedForPool);
  const cpuAfter = cpuMillisOf(pid);
  const statuses: Record<string, number> = {};
  for (const [status, stats] of Object.entries(result.statusCodeStats ?? {})) statuses[status] = stats.count ?? 0;
  if (result.errors + result.timeouts > 0) statuses.errors = result.errors + result.timeouts;
  const cpuMicros = cpuBefore === undefined || cpuAfter === undefined || result.requests.total === 0 ? undefined : ((cpuAfter - cpuBefore) * 1000) / result.requests.total;
  return { rps: result.requests.total / result.duration, p99: result.latency.p99, statuses, cpuMicros };
}
