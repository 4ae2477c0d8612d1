// A free TCP port on loopback, for a server that must know its own URL before it listens.
import { createServer } from "node:net";

/** A port nothing listens on right now (the OS picks it; it is released before resolving). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.once("error", reject);
  });
}
