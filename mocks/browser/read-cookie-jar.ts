// The cookies msw's browser jar holds for a URL, read through msw's own `cookies` resolver argument.
import { getResponse, http, HttpResponse } from "msw";

const reader = http.all("*", ({ cookies }) => HttpResponse.json(cookies));

/** The Cookie header a `credentials: "include"` request to `url` would carry in this tab (raw values). */
export async function cookieHeaderFor(url: string): Promise<string> {
  const response = await getResponse([reader], new Request(url, { credentials: "include" }));
  const cookies: unknown = response === undefined ? {} : await response.json();
  if (typeof cookies !== "object" || cookies === null) return "";
  return Object.entries(cookies)
    .filter((entry): entry is [string, string] => typeof entry[1] === "string")
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
}
