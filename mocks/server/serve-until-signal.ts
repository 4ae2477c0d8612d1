// Runs the standalone mock in the foreground (the `mock` command): up until Ctrl-C or SIGTERM, then a clean close.
import { startMockServer, type MockServerOptions } from "./start-mock-server.ts";

const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM"];

/** Starts the mock and keeps it up until SIGINT or SIGTERM; resolves once it has closed. A second signal exits at once. */
export async function serveUntilSignal(options: MockServerOptions = {}): Promise<void> {
  const log = options.log ?? ((line: string) => console.log(line));
  // Listen before starting, so a signal that arrives while the server starts still closes it.
  let stop: (signal: NodeJS.Signals) => void = () => {};
  const stopped = new Promise<NodeJS.Signals>((resolve) => (stop = resolve));
  const force = () => process.exit(130);
  for (const name of SIGNALS) process.on(name, stop);
  try {
    const server = await startMockServer({ ...options, log });
    const signal = await stopped;
    for (const name of SIGNALS) process.once(name, force);
    log(`Stopping the mock (${signal})...`);
    await server.close();
    log("Mock stopped.");
  } finally {
    for (const name of SIGNALS) process.off(name, stop).off(name, force);
  }
}
