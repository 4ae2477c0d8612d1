// `temetro-contract docs`: writes the reference page to a file, creating its folder.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { UsageError } from "../errors.ts";
import { renderDocs } from "./render-docs.ts";

/** The default file name, in the current directory. */
export const DEFAULT_DOCS_FILE = "temetro-api.html";

/** Renders the reference and writes it to `output`; answers the absolute path and the size in bytes. */
export function writeDocs(output: string = DEFAULT_DOCS_FILE): { path: string; bytes: number } {
  const path = resolve(output);
  const html = renderDocs();
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, html);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`Failed to write the API docs to ${path}: ${reason}. Pass --output with a file in a folder you can write to.`);
  }
  return { path, bytes: Buffer.byteLength(html) };
}
