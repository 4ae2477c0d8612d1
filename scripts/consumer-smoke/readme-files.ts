// The files a README guide asks a user to write: fenced blocks whose first line names the file
// (`// file: src/main.ts` or `<!-- file: public/index.html -->`), taken exactly as written.

export type GuideFile = { path: string; content: string };

const FENCE = /^```[\w-]*\n([\s\S]*?)^```$/gm;
const MARKER = /^(?:\/\/|<!--)\s*file:\s*(\S+?)\s*(?:-->)?$/;

/** Every file-named code block of a Markdown document, in order. */
export function readmeFiles(markdown: string): GuideFile[] {
  const files: GuideFile[] = [];
  for (const match of markdown.matchAll(FENCE)) {
    const content = match[1] ?? "";
    const path = MARKER.exec(content.split("\n", 1)[0] ?? "")?.[1];
    if (path === undefined) continue;
    if (path.startsWith("/") || path.split("/").includes("..")) throw new Error(`Failed to read the README's guides: the block for "${path}" names a path outside the project. Use a relative path.`);
    files.push({ path, content });
  }
  return files;
}
