// Opens the consumer's page (public/, with its own msw worker and its esbuild bundle) in Debian's
// Chromium and reads what it rendered, with every console warning and error it printed.
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".map": "application/json" };

export type PageReport = { patients: string; realtime: string; console: string[] };

/** Serves `publicDir` on a free loopback port, loads `/`, and waits until both paragraphs changed. */
export async function openConsumerPage(publicDir: string): Promise<PageReport> {
  if (!existsSync(CHROMIUM)) throw new Error(`Failed to open the page: no Chromium at ${CHROMIUM}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  const site = createServer((request, response) => {
    const path = normalize(new URL(request.url ?? "/", "http://site").pathname).replace(/^\/+/, "") || "index.html";
    // The browser asks every site for an icon; this static server is ours, not the app's, so it has none to miss.
    if (path === "favicon.ico") return void response.writeHead(204).end();
    const file = join(publicDir, path);
    if (!file.startsWith(publicDir) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage();
    const messages: string[] = [];
    page.on("console", (message) => void (["error", "warning"].includes(message.type()) && messages.push(`${message.type()}: ${message.text()}`)));
    page.on("pageerror", (error) => void messages.push(`pageerror: ${error.message}`));
    const address = site.address();
    await page.goto(`http://localhost:${typeof address === "object" && address !== null ? address.port : 0}/`);
    await page.waitForFunction(() => document.querySelector("#patients")?.textContent !== "loading" && document.querySelector("#realtime")?.textContent !== "connecting", undefined, { timeout: 30_000 });
    const text = (selector: string) => page.locator(selector).textContent().then((value) => value ?? "");
    return { patients: await text("#patients"), realtime: await text("#realtime"), console: messages };
  } finally {
    await browser.close();
    site.close();
  }
}
