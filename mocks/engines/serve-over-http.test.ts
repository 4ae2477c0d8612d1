import { Agent, request } from "undici";
import { expect, test } from "vitest";
import { serveOverHttp } from "./serve-over-http.ts";

test("answers the next request on a keep-alive connection after one whose body it never read", async () => {
  const serving = await serveOverHttp(() => async (incoming) => Response.json({ path: new URL(incoming.url).pathname, ip: incoming.headers.get("x-forwarded-for") }, { status: 404 }), { port: 0 });
  const agent = new Agent({ connections: 1, headersTimeout: 2_000 });
  try {
    const unread = await request(`${serving.url}/big`, { dispatcher: agent, method: "POST", headers: { "content-type": "application/json" }, body: "a".repeat(1024 * 1024) });
    expect(unread.statusCode).toBe(404);
    await unread.body.text();
    const next = await request(`${serving.url}/next`, { dispatcher: agent });
    expect(await next.body.json()).toEqual({ path: "/next", ip: "127.0.0.1" });
  } finally {
    await agent.close();
    await serving.close();
  }
});
