// Reads `verify`'s container options (--image, --env, --port, --postgres, --compose) into one
// checked value, or UsageError before anything is started.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../errors.ts";

export type ContainerValues = {
  url?: string;
  image?: string;
  env?: string[];
  port?: string;
  postgres?: string;
  compose?: string;
};

export type ContainerOptions =
  | { kind: "image"; image: string; env: Record<string, string>; port: number; postgres?: string }
  | { kind: "compose"; file: string; env: Record<string, string>; port: number };

/** The container run the values ask for; undefined when they ask for none (a --url or the mock). */
export function readContainerOptions(values: ContainerValues, cwd = process.cwd()): ContainerOptions | undefined {
  const { url, image, postgres, compose } = values;
  if (image === undefined && compose === undefined) {
    const stray = (["env", "port", "postgres"] as const).find((key) => values[key] !== undefined);
    if (stray !== undefined) throw new UsageError(`Failed to read --${stray}: it configures a container, so it needs --image IMAGE or --compose FILE.`);
    return undefined;
  }
  if (url !== undefined) throw new UsageError("Failed to read the target: pass either --url or --image/--compose, not both.");
  if (image !== undefined && compose !== undefined) throw new UsageError("Failed to read the target: pass either --image or --compose, not both (a compose file names its own images).");
  if (postgres !== undefined && compose !== undefined) throw new UsageError("Failed to read --postgres: with --compose, the compose file's own database service is used. Drop --postgres.");
  const env = readEnv(values.env ?? []);
  if (env.FRONTEND_URL !== undefined && !URL.canParse(env.FRONTEND_URL)) {
    throw new UsageError(`Failed to read --env FRONTEND_URL="${env.FRONTEND_URL}": it is not a URL. Pass the frontend's origin, like http://localhost:3000.`);
  }
  const port = readPort(values.port);
  if (image !== undefined) {
    if (image.trim() === "") throw new UsageError("Failed to read --image: it is empty. Pass an image such as khalidxv/temetro-backend:0.17.0.");
    if (postgres !== undefined && postgres.trim() === "") throw new UsageError("Failed to read --postgres: it is empty. Pass an image such as postgres:16.");
    return postgres === undefined ? { kind: "image", image, env, port } : { kind: "image", image, env, port, postgres };
  }
  const file = resolve(cwd, compose ?? "");
  if (!existsSync(file)) throw new UsageError(`Failed to read --compose "${compose}": ${file} does not exist. Pass the path of temetro's docker-compose.yml.`);
  return { kind: "compose", file, env, port };
}

/** K=V pairs; the value may itself contain "=". */
export function readEnv(pairs: string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    const key = at < 0 ? pair : pair.slice(0, at);
    if (at < 0 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) {
      throw new UsageError(`Failed to read --env "${pair}": use KEY=VALUE, with a KEY of letters, digits and underscores (--env BETTER_AUTH_SECRET=…).`);
    }
    env[key] = pair.slice(at + 1);
  }
  return env;
}

function readPort(value: string | undefined): number {
  if (value === undefined) return 4000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`Failed to read --port "${value}": use the container port the backend listens on, a whole number from 1 to 65535 (temetro: 4000).`);
  return port;
}
