// Safe HTML from the spec's text: every string is escaped, and the spec's Markdown subset (## and
// ### headings, "- " lists, paragraphs, `code`, **bold**) becomes plain HTML. No link is ever
// emitted to another host, so the page needs nothing but itself.

import { escapeHtml } from "../reporters/html/html.ts";

// One escaping for every page the kit writes (the reports' and the docs').
export { escapeHtml };

/** One line of the spec's Markdown: `code` and **bold** become tags, everything else is escaped text. */
export function inline(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => (part.startsWith("`") && part.endsWith("`") && part.length > 1 ? `<code>${escapeHtml(part.slice(1, -1))}</code>` : escapeHtml(part).replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")))
    .join("");
}

/** A block of the spec's Markdown as HTML; heading levels are shifted by `headingOffset` to fit the page. */
export function markdown(text: string | undefined, headingOffset = 1): string {
  if (text === undefined || text.trim() === "") return "";
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push(`<p>${inline(paragraph.join(" "))}</p>`);
    if (list.length > 0) blocks.push(`<ul>${list.map((item) => `<li>${inline(item)}</li>`).join("")}</ul>`);
    paragraph = [];
    list = [];
  };
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    if (line === "") flush();
    else if (heading !== null) {
      flush();
      const level = Math.min(6, (heading[1] ?? "#").length + headingOffset);
      blocks.push(`<h${level}>${inline(heading[2] ?? "")}</h${level}>`);
    } else if (line.startsWith("- ")) {
      if (paragraph.length > 0) flush();
      list.push(line.slice(2));
    } else if (list.length > 0) list[list.length - 1] += ` ${line}`;
    else paragraph.push(line);
  }
  flush();
  return blocks.join("\n");
}

/** An id usable in a URL fragment. */
export const anchor = (...parts: string[]): string => parts.join("-").replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
