// Import cycles, file by file: the strongly connected parts of the graph (Tarjan), each reported as
// one concrete loop `a.ts → b.ts → a.ts` that a reader can follow and break.
import type { ImportEdge } from "./import-graph.ts";

/** One loop through each group of files that import each other (directly or through others). */
export function findImportCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  return stronglyConnected(next)
    .filter((group) => group.length > 1 || (next.get(group[0] ?? "") ?? []).includes(group[0] ?? ""))
    .map((group) => loopThrough(group, next));
}

/** Tarjan's algorithm, iterative so a deep graph cannot overflow the stack. */
function stronglyConnected(next: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;
  for (const start of [...next.keys()].sort()) {
    if (index.has(start)) continue;
    const work: Array<{ node: string; children: string[] }> = [];
    const enter = (node: string) => {
      index.set(node, counter);
      low.set(node, counter++);
      stack.push(node);
      onStack.add(node);
      work.push({ node, children: [...(next.get(node) ?? [])] });
    };
    enter(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const child = frame.children.shift();
      if (child !== undefined) {
        if (!index.has(child)) enter(child);
        else if (onStack.has(child)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(child)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent !== undefined) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== frame.node);
      groups.push(group.sort());
    }
  }
  return groups;
}

/** The shortest loop from the group's first file back to itself, staying inside the group. */
function loopThrough(group: string[], next: Map<string, string[]>): string[] {
  const members = new Set(group);
  const start = group[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const child of next.get(node) ?? []) {
      if (!members.has(child)) continue;
      if (child === start) return [...pathTo(node, cameFrom, start), start];
      if (cameFrom.has(child)) continue;
      cameFrom.set(child, node);
      queue.push(child);
    }
  }
  return group;
}

function pathTo(node: string, cameFrom: Map<string, string>, start: string): string[] {
  const path = [node];
  while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
  return path;
}

/**
 * Loops between the folders directly under `root` (files directly in `root` are left out: an
 * entry point there may import every folder): `reference/clinic/ → reference/routes/ → reference/clinic/`.
 */
export function findFolderCycles(edges: readonly ImportEdge[], root: string): string[][] {
  const folderOf = (file: string) => {
    const rest = file.startsWith(root) ? file.slice(root.length).split("/") : [];
    return rest.length > 1 ? `${root}${rest[0]}/` : undefined;
  };
  const folderEdges = edges.flatMap(({ from, specifier, to }) => {
    const [source, target] = [folderOf(from), folderOf(to)];
    return source === undefined || target === undefined || source === target ? [] : [{ from: source, specifier, to: target }];
  });
  return findImportCycles(folderEdges);
}
