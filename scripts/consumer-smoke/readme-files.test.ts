import { expect, test } from "vitest";
import { readmeFiles } from "./readme-files.ts";

const fence = "```";

test("takes the blocks that name a file, exactly as written, and leaves the others", () => {
  const markdown = [`${fence}sh`, "npm install", fence, "", `${fence}ts`, "// file: src/a.ts", "export const a = 1;", fence, `${fence}html`, "<!-- file: public/index.html -->", "<p>hi</p>", fence].join("\n");
  expect(readmeFiles(markdown)).toEqual([
    { path: "src/a.ts", content: "// file: src/a.ts\nexport const a = 1;\n" },
    { path: "public/index.html", content: "<!-- file: public/index.html -->\n<p>hi</p>\n" },
  ]);
});

test("refuses a block that would write outside the project", () => {
  expect(() => readmeFiles([`${fence}ts`, "// file: ../escape.ts", fence].join("\n"))).toThrow(/outside the project/);
});
