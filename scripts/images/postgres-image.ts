// temetro-contract/postgres:local: Debian's PostgreSQL server behind an entrypoint that keeps the
// official `postgres` image's contract (POSTGRES_PASSWORD, POSTGRES_USER, POSTGRES_DB, PGDATA, a
// server on 0.0.0.0:5432 with password auth, `pg_isready` on the PATH), built without a registry.
import { createRootfs } from "./rootfs.ts";
import { addBase, addPostgres, findPostgresInstall, POSTGRES_UID } from "./postgres-files.ts";

export const POSTGRES_IMAGE = "temetro-contract/postgres:local";

// POSIX sh, builtins only: the image has no coreutils. The password reaches initdb through a pipe, never a file.
const ENTRYPOINT = `#!/bin/sh
set -e
if [ "$1" = postgres ]; then shift; fi
: "\${POSTGRES_USER:=postgres}"
: "\${POSTGRES_DB:=$POSTGRES_USER}"
: "\${PGDATA:=/var/lib/postgresql/data}"
method="\${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}"
if [ -z "$POSTGRES_PASSWORD" ] && [ "$method" != trust ]; then
  echo "Error: POSTGRES_PASSWORD is not set. Pass -e POSTGRES_PASSWORD=... (or POSTGRES_HOST_AUTH_METHOD=trust)." >&2
  exit 1
fi
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  printf '%s\\n' "\${POSTGRES_PASSWORD:-unused}" | initdb -D "$PGDATA" -U "$POSTGRES_USER" --pwfile=/dev/stdin \\
    --auth-local=trust --auth-host="$method" --encoding=UTF8 --locale=C --no-sync >/dev/null
  printf 'host all all all %s\\n' "$method" >> "$PGDATA/pg_hba.conf"
  if [ "$POSTGRES_DB" != postgres ]; then
    printf 'CREATE DATABASE "%s"\\n' "$POSTGRES_DB" | postgres --single -D "$PGDATA" postgres >/dev/null
  fi
  echo "PostgreSQL init process complete; ready for start up."
fi
exec postgres -D "$PGDATA" -c listen_addresses='*' "$@"
`;

/** Builds the image and returns its id. */
export async function buildPostgresImage(tag = POSTGRES_IMAGE, labels: Record<string, string> = {}): Promise<string> {
  const install = findPostgresInstall();
  const rootfs = createRootfs("postgres");
  try {
    addBase(rootfs);
    addPostgres(rootfs, install);
    rootfs.writeFile("/usr/local/bin/docker-entrypoint.sh", ENTRYPOINT, 0o755);
    rootfs.mkdir("/var/lib/postgresql/data", 0o700);
    const changes = [
      `ENV PATH=${install.bin}:/usr/local/bin:/usr/bin:/bin`,
      "ENV PGDATA=/var/lib/postgresql/data",
      "ENV TZ=UTC",
      `USER ${POSTGRES_UID}`,
      "EXPOSE 5432",
      'ENTRYPOINT ["/usr/local/bin/docker-entrypoint.sh"]',
      'CMD ["postgres"]',
      ...Object.entries(labels).map(([key, value]) => `LABEL ${key}=${value}`),
    ];
    const owned = ["/var/lib/postgresql", "/var/lib/postgresql/data", "/var/run/postgresql"].map((path) => ({ path, uid: POSTGRES_UID }));
    return await rootfs.importImage(tag, changes, owned);
  } finally {
    rootfs.remove();
  }
}
