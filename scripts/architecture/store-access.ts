// "Handlers go through services, never the store": a handler module neither imports
// mocks/core/store.ts nor reads a `.store` property (call.ctx.store, a destructured `store`).
import ts from "typescript";
import type { ImportEdge } from "./import-graph.ts";

const STORE_MODULE = "mocks/core/store.ts";

/** Whether a handler module (not a test) is subject to the rule. */
export function isHandlerModule(file: string): boolean {
  return file.startsWith("mocks/handlers/") && !/\.test(-d)?\.ts$/.test(file);
}

/** How a module touches the store: the store module it imports and the `.store` reads in its source, empty when it does not. */
export function storeAccessOf(file: string, source: string, edges: readonly ImportEdge[]): string[] {
  const imports = edges.filter((edge) => edge.from === file && edge.to === STORE_MODULE).map((edge) => `imports "${edge.specifier}"`);
  const reads: string[] = [];
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node) => {
    const readsStore = (ts.isPropertyAccessExpression(node) && node.name.text === "store")
      || (ts.isBindingElement(node) && (node.propertyName ?? node.name).getText(sourceFile) === "store");
    if (readsStore) reads.push(`reads ${node.getText(sourceFile)} (line ${sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1})`);
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return [...imports, ...reads];
}
