// HTML built from tagged templates: every interpolated value is escaped unless it is markup made
// by `html` itself, so a response body or an error message can never become markup. Quotes are
// escaped inside tags (attribute values) only: JSON bodies in text stay readable and small.

const SAFE = Symbol("safe-html");

/** Markup made by `html` (or `raw`): inserted as is. */
export type SafeHtml = { readonly [SAFE]: true; readonly text: string };

/** What a template may interpolate: text (escaped), numbers, markup, lists of those; null/undefined/false print nothing. */
export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

/** `html\`<p>${text}</p>\``: the template's markup with every value escaped (lists joined). */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let text = strings[0] ?? "";
  values.forEach((value, index) => {
    text += render(value, insideTag(text)) + (strings[index + 1] ?? "");
  });
  return raw(text);
}

/** Markup that is already safe (a stylesheet, a script, another renderer's output). */
export function raw(text: string): SafeHtml {
  return { [SAFE]: true, text };
}

/** Text for a double-quoted attribute (the only kind the templates write), or with `attribute` false a text node. */
export function escapeHtml(text: string, attribute = true): string {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return attribute ? escaped.replace(/"/g, "&quot;") : escaped;
}

/** A value usable in an id attribute and a `#fragment`: letters, digits and dashes. */
export function anchorId(...parts: string[]): string {
  return parts.join("-").replace(/[^A-Za-z0-9-]+/g, "_");
}

/** `1 check`, `2 checks`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

function render(value: HtmlValue, attribute: boolean): string {
  if (value === null || value === undefined || value === false) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return escapeHtml(value, attribute);
  if (isSafe(value)) return value.text;
  return value.map((item) => render(item, attribute)).join("");
}

/** Whether markup so far ends inside a tag (an attribute value comes next); escaped values hold no `<` or `>`. */
function insideTag(markup: string): boolean {
  return markup.lastIndexOf("<") > markup.lastIndexOf(">");
}

function isSafe(value: SafeHtml | readonly HtmlValue[]): value is SafeHtml {
  return SAFE in value;
}
