import { expect, test } from "vitest";
import { operations } from "../operations.ts";
import { compilePath, matchPath, type PathTemplate } from "./path-template.ts";

type Route = PathTemplate & { method: string; name: string };
const route = (method: string, path: string, name: string): Route => ({ ...compilePath(path), method, name });

/** The first entry in order whose method and pattern match: what matchPath must answer, found the slow way. */
function scanInOrder<T extends Route | (PathTemplate & { method: string })>(entries: readonly T[], method: string, pathname: string): T | undefined {
  return entries.find((entry) => entry.method === method.toLowerCase() && entry.pattern.test(pathname));
}

test("a literal path is matched without parameters; a template decodes its parameters", () => {
  const routes = [route("get", "/api/patients", "list"), route("get", "/api/patients/{fileNumber}", "get")];
  expect(matchPath(routes, "GET", "/api/patients")).toEqual({ operation: routes[0], params: {}, malformed: false });
  expect(matchPath(routes, "GET", "/api/patients/a%20b")).toEqual({ operation: routes[1], params: { fileNumber: "a b" }, malformed: false });
  expect(matchPath(routes, "GET", "/api/patients/%zz")).toMatchObject({ params: { fileNumber: "%zz" }, malformed: true });
  expect(matchPath(routes, "POST", "/api/patients")).toBeUndefined();
  expect(matchPath(routes, "GET", "/api/nothing")).toBeUndefined();
});

test("the first entry in order wins, literal or template", () => {
  const templateFirst = [route("post", "/api/patients/{fileNumber}", "template"), route("post", "/api/patients/transfer", "literal")];
  expect(matchPath(templateFirst, "post", "/api/patients/transfer")?.operation.name).toBe("template");
  const literalFirst = [route("post", "/api/patients/transfer", "literal"), route("post", "/api/patients/{fileNumber}", "template")];
  expect(matchPath(literalFirst, "post", "/api/patients/transfer")?.operation.name).toBe("literal");
  expect(matchPath(literalFirst, "post", "/api/patients/7")?.operation.name).toBe("template");
  const twice = [route("get", "/a", "first"), route("get", "/a", "second")];
  expect(matchPath(twice, "get", "/a")?.operation.name).toBe("first");
});

test("temetro's operations: every path, filled in or not, finds the entry a scan in document order finds", () => {
  const pathnames = operations.flatMap((operation) => [
    operation.path.replace(/\{[^}]+\}/g, "x1"),
    operation.path.replace(/\{[^}]+\}/g, "transfer"),
    `${operation.path}/`,
    operation.path,
  ]);
  for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]) {
    for (const pathname of pathnames) expect(matchPath(operations, method, pathname)?.operation, `${method} ${pathname}`).toBe(scanInOrder(operations, method, pathname));
  }
});
