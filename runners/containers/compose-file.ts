// Derives, from a clinic's compose file, the one `verify --compose` starts: only the backend and
// what it depends on; no fixed host ports or container names (a production stack may be running on
// this machine); the backend published on the chosen port with BETTER_AUTH_URL naming it; no builds.
import { parse, stringify } from "yaml";
import { isRecord } from "#openapi/is-record";
import { ComposeError } from "./container-errors.ts";

export type DerivedCompose = {
  /** The derived file's text. */
  text: string;
  backendService: string;
  services: string[];
  /** The backend's environment after the rewrite (FRONTEND_URL, DATABASE_URL, … as the file sets them; null: taken from the shell). */
  backendEnv: Record<string, string | null>;
};

type Service = Record<string, unknown>;

/** Rewrites the compose document; throws ComposeError when no service publishes `port`. */
export function deriveCompose(source: string, options: { port: number; url: string; published: string; env: Record<string, string> }): DerivedCompose {
  const document: unknown = parse(source);
  const services = record(record(document).services);
  if (Object.keys(services).length === 0) throw new ComposeError("Failed to read the compose file: it has no services. Pass temetro's docker-compose.yml.");
  const backendService = findBackend(services, options.port);
  const keep = dependencyClosure(services, backendService);
  const derived: Record<string, Service> = {};
  for (const name of keep) {
    const service: Service = { ...record(services[name]) };
    delete service.container_name;
    delete service.build;
    delete service.ports;
    delete service.restart; // a crash must end the run, not loop

    derived[name] = service;
  }
  const backend = derived[backendService]!;
  backend.ports = [`${options.published}:${options.port}`];
  // What we add is literal: "$" would start an interpolation in the derived file.
  const added = Object.fromEntries(Object.entries({ BETTER_AUTH_URL: options.url, ...options.env }).map(([key, value]) => [key, value.replaceAll("$", "$$$$")]));
  const backendEnv = { ...environmentOf(backend), ...added };
  backend.environment = backendEnv;
  const text = stringify({ ...record(document), services: derived });
  return { text, backendService, services: keep, backendEnv };
}

/** The service that publishes container port `port`, else the one named `backend`. */
function findBackend(services: Record<string, unknown>, port: number): string {
  const publishing = Object.entries(services)
    .filter(([, service]) => list(record(service).ports).some((entry) => containerPortOf(entry) === port))
    .map(([name]) => name);
  if (publishing.length === 1) return publishing[0]!;
  if (publishing.includes("backend") || (publishing.length === 0 && "backend" in services)) return "backend";
  const names = Object.keys(services).join(", ");
  throw new ComposeError(publishing.length === 0
    ? `Failed to find the backend in the compose file: no service publishes container port ${port}, and none is named "backend" (services: ${names}). Pass --port with the backend's container port.`
    : `Failed to find the backend in the compose file: ${publishing.join(" and ")} all publish container port ${port}. Name the backend service "backend".`);
}

/** "4000", "4000:4000", "127.0.0.1:4000:4000/tcp", "${P:-4000}:4000", {target: 4000}. */
export function containerPortOf(entry: unknown): number | undefined {
  if (typeof entry === "number") return entry;
  if (typeof entry === "string") return Number(entry.replace(/\/(tcp|udp)$/, "").split(":").at(-1));
  const target = record(entry).target;
  return typeof target === "number" ? target : undefined;
}

function dependencyClosure(services: Record<string, unknown>, start: string): string[] {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || !(name in services)) return;
    seen.add(name);
    const dependsOn = record(services[name]).depends_on;
    const names = Array.isArray(dependsOn) ? dependsOn.filter((item): item is string => typeof item === "string") : Object.keys(record(dependsOn));
    names.forEach(visit);
  };
  visit(start);
  return [...seen];
}

/** A service's environment as a map, from either the map or the KEY=VALUE list form (null: passed through from the shell). */
export function environmentOf(service: Service): Record<string, string | null> {
  const environment = service.environment;
  if (Array.isArray(environment)) {
    return Object.fromEntries(environment.filter((item): item is string => typeof item === "string")
      .map((item) => (item.includes("=") ? [item.slice(0, item.indexOf("=")), item.slice(item.indexOf("=") + 1)] : [item, null])));
  }
  return Object.fromEntries(Object.entries(record(environment)).map(([key, value]) => [key, value === null || value === undefined ? null : String(value)]));
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
