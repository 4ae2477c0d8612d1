// Runs the standalone mock in the foreground (the `mock` command): up until Ctrl-C or SIGTERM, then a
// clean close. A profile's mock comes in through `start` (temetro's standalone server by default).
import { startMockServer, type MockServerOptions } from "./start-mock-server.ts";

const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM"];

type Started = { close(): Promise<void> };
type Log = (line: string) => void;

/** Starts temetro's standalone mock and keeps it up until SIGINT or SIGTERM; resolves once it has closed. */
export function serveUntilSignal(options: MockServerOptions = {}): Promise<void> {
  return runUntilSignal(options.log, (log) => startMockServer({ ...options, log }));
}

/** Starts a server and keeps it up until SIGINT or SIGTERM; resolves once it has closed. A second signal exits at once. */
export async function runUntilSignal(logTo: Log | undefined, start: (log: Log) => Promise<Started>): Promise<void> {
  const log = logTo ?? ((line: string) => console.log(line));
  // Listen before starting, so a signal that arrives while the server starts still closes it.
  let stop: (signal: NodeJS.Signals) => void = () => {};
  const stopped = new Promise<NodeJS.Signals>((resolve) => (stop = resolve));
  const force = () => process.exit(130);
  for (const name of SIGNALS) process.on(name, stop);
  try {
    const server = await start(log);
    const signal = await stopped;
    for (const name of SIGNALS) process.once(name, force);
    log(`Stopping the mock (${signal})...`);
    await server.close();
    log("Mock stopped.");
  } finally {
    for (const name of SIGNALS) process.off(name, stop).off(name, force);
  }
}
