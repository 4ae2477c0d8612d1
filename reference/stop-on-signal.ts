// For a reference's start.ts: what started is stopped, newest first, on SIGINT/SIGTERM/SIGHUP or a
// failed start, and then the process exits (0 on a signal, 1 on a failure).
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

export type Stopper = {
  /** Registers how to stop something that has started. */
  onStop(step: () => Promise<void> | void): void;
  /** Reports a failed start, stops what started and exits with 1. */
  fail(error: unknown): Promise<never>;
};

/** Installs the signal handlers; steps run once, newest first. */
export function stopOnSignal(): Stopper {
  const steps: Array<() => Promise<void> | void> = [];
  let stopping = false;
  async function shutdown(reason: string, code: number): Promise<never> {
    if (!stopping) {
      stopping = true;
      console.log(`[reference] ${reason}: shutting down`);
      for (const step of steps.splice(0).reverse()) await step();
    }
    process.exit(code);
  }
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, () => void shutdown(signal, 0));
  return {
    onStop: (step) => void steps.push(step),
    async fail(error) {
      console.error(`[reference] Failed to start: ${error instanceof Error ? error.message : String(error)}`);
      return shutdown("startup failure", 1);
    },
  };
}

/** Listen on `port` (0: any free one) and `host`; the URL a browser opens (a wildcard host is reached through loopback). */
export async function listenOn(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve).once("error", reject).listen(port, host);
  });
  const publicHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  return `http://${publicHost}:${(server.address() as AddressInfo).port}`;
}

/** Close a server, its open connections first. */
export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
}
