import { parse } from "yaml";
import { expect, test } from "vitest";
import { containerPortOf, deriveCompose, environmentOf } from "./compose-file.ts";
import { ComposeError } from "./container-errors.ts";

// The shape of temetro's backend/docker-compose.yml: db, backend, frontend, and adminer behind a profile.
const TEMETRO_COMPOSE = `
services:
  db:
    image: postgres:17-alpine
    restart: unless-stopped
    environment: { POSTGRES_USER: temetro, POSTGRES_PASSWORD: temetro, POSTGRES_DB: temetro }
    ports: ["\${POSTGRES_PORT:-5432}:5432"]
    volumes: ["temetro_pgdata:/var/lib/postgresql/data"]
  backend:
    image: khalidxv/temetro-backend:\${TEMETRO_VERSION:-latest}
    container_name: temetro-backend
    build: { context: . }
    restart: unless-stopped
    depends_on: { db: { condition: service_healthy } }
    environment:
      DATABASE_URL: postgres://temetro:temetro@db:5432/temetro
      BETTER_AUTH_SECRET: \${BETTER_AUTH_SECRET:-}
      BETTER_AUTH_URL: http://localhost:4000
      FRONTEND_URL: http://localhost:3000
      PORT: "4000"
    ports: ["\${BACKEND_PORT:-4000}:4000"]
  frontend:
    image: khalidxv/temetro-frontend:latest
    depends_on: [backend]
    ports: ["3000:3000"]
  adminer:
    image: adminer:5
    profiles: ["tools"]
    ports: ["8080:8080"]
volumes:
  temetro_pgdata:
`;

const derive = (env: Record<string, string> = {}) =>
  deriveCompose(TEMETRO_COMPOSE, { port: 4000, url: "http://localhost:41234", published: "127.0.0.1:41234", env });

test("keeps the backend that publishes port 4000 and the database it depends on, nothing else", () => {
  const derived = derive();
  expect(derived.backendService).toBe("backend");
  expect(derived.services.sort()).toEqual(["backend", "db"]);
  expect(Object.keys(parse(derived.text).services).sort()).toEqual(["backend", "db"]);
});

test("publishes only the backend, on the chosen port, with BETTER_AUTH_URL naming it", () => {
  const services = parse(derive().text).services;
  expect(services.backend.ports).toEqual(["127.0.0.1:41234:4000"]);
  expect(services.db.ports).toBeUndefined();
  expect(services.backend.environment).toMatchObject({ BETTER_AUTH_URL: "http://localhost:41234", FRONTEND_URL: "http://localhost:3000", DATABASE_URL: "postgres://temetro:temetro@db:5432/temetro" });
});

test("drops fixed container names, builds and restart policies", () => {
  const { backend, db } = parse(derive().text).services;
  expect(backend.container_name).toBeUndefined();
  expect(backend.build).toBeUndefined();
  expect(backend.restart).toBeUndefined();
  expect(db.restart).toBeUndefined();
  expect(db.volumes).toEqual(["temetro_pgdata:/var/lib/postgresql/data"]);
});

test("lets --env win over the file and escapes $ so Compose does not interpolate it", () => {
  const { backend } = parse(derive({ BETTER_AUTH_SECRET: "pa$$word", FRONTEND_URL: "http://clinic.local:3000" }).text).services;
  expect(backend.environment.BETTER_AUTH_SECRET).toBe("pa$$$$word");
  expect(backend.environment.FRONTEND_URL).toBe("http://clinic.local:3000");
});

test("keeps the file's interpolations for Compose to resolve", () => {
  expect(parse(derive().text).services.backend.environment.BETTER_AUTH_SECRET).toBe("${BETTER_AUTH_SECRET:-}");
});

test("throws ComposeError naming the services when none publishes the port", () => {
  const source = "services:\n  api:\n    image: x\n    ports: ['8080:8080']\n";
  expect(() => deriveCompose(source, { port: 4000, url: "http://localhost:1", published: "1", env: {} })).toThrow(ComposeError);
  expect(() => deriveCompose(source, { port: 4000, url: "http://localhost:1", published: "1", env: {} })).toThrow(/no service publishes container port 4000.*services: api/);
});

test("reads container ports from every port syntax", () => {
  expect(["4000", "4000:4000", "127.0.0.1:4001:4000/tcp", "${P:-1}:4000", 4000, { target: 4000, published: 1 }].map(containerPortOf)).toEqual([4000, 4000, 4000, 4000, 4000, 4000]);
});

test("reads the list form of environment, a bare name passing through from the shell", () => {
  expect(environmentOf({ environment: ["A=1", "B=x=y", "C"] })).toEqual({ A: "1", B: "x=y", C: null });
});
