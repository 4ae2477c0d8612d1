// The host port the backend is published on, chosen before it starts so that BETTER_AUTH_URL can name it.
import { createServer } from "node:net";

/** A free port on 127.0.0.1 when the engine is local; for a remote engine, a random one from the dynamic range. */
export async function pickHostPort(local: boolean): Promise<number> {
  if (!local) return 49152 + Math.floor(Math.random() * (65535 - 49152));
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
