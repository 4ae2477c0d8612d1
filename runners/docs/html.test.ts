// The spec's Markdown subset becomes HTML with every character of the text escaped.
import { expect, test } from "vitest";
import { inline, markdown } from "./html.ts";

test("escapes markup in text and inside code spans", () => {
  expect(inline('a <script>alert("x")</script> and `<b>`')).toBe("a &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; and <code>&lt;b&gt;</code>");
});

test("renders headings one level down, paragraphs, lists and bold", () => {
  expect(markdown("## Sessions\nTwo\ncookies.\n\n- **one**\n  continued\n- two")).toBe("<h3>Sessions</h3>\n<p>Two cookies.</p>\n<ul><li><strong>one</strong> continued</li><li>two</li></ul>");
});
