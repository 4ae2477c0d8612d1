// The clinic every stateful target is measured on, built through the API alone so the mock and the
// reference deployment hold the same records: an owner, a pharmacist (no patient:write) and one
// patient. The timed creates go to a second clinic (its registrar's), so the list read stays one
// patient long however many rounds run.
const FRONTEND = "http://localhost:3000";
const PASSWORD = "correct-horse-battery";
const OWNER_EMAIL = "bench-owner@example.com";
const PHARMACIST = "benchpharmacy";
const REGISTRAR_EMAIL = "bench-registrar@example.com";

/** Cookie headers of the clinic's owner and pharmacist, and of the owner of the clinic the creates go to. */
export type BenchActors = { owner: string; pharmacist: string; registrar: string };

/** Each call its own client IP, so Better Auth's per-IP sign-in limits never answer instead of the route. */
let nextIp = 1;
const clientIp = () => `198.18.1.${nextIp++ % 250}`;

/** Sends one JSON request as a browser on the frontend would; throws unless it gets `expected`. */
async function send(url: string, path: string, cookie: string, body: unknown, expected: number): Promise<Response> {
  const response = await fetch(`${url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: FRONTEND, "x-forwarded-for": clientIp(), ...(cookie === "" ? {} : { cookie }) },
    body: JSON.stringify(body),
  });
  if (response.status !== expected) throw new Error(`Failed to set up the benchmark clinic at ${url}: POST ${path} answered ${response.status}, not ${expected}: ${await response.text()}`);
  return response;
}

/** The Cookie header a browser sends after this response, merged into what it already held. */
function cookieAfter(cookie: string, response: Response): string {
  const jar = new Map(cookie === "" ? [] : cookie.split("; ").map((pair) => [pair.slice(0, pair.indexOf("=")), pair] as const));
  for (const line of response.headers.getSetCookie()) {
    const pair = line.split(";")[0] ?? "";
    const name = pair.slice(0, pair.indexOf("="));
    if (/;\s*Max-Age=0(;|$)/i.test(line)) jar.delete(name);
    else jar.set(name, pair);
  }
  return [...jar.values()].join("; ");
}

/** Builds the clinic on a fresh target (the mock's empty seed, a new reference database). */
export async function buildBenchClinic(url: string): Promise<void> {
  let owner = cookieAfter("", await send(url, "/api/auth/sign-up/email", "", { name: "Bench Owner", email: OWNER_EMAIL, password: PASSWORD }, 200));
  owner = cookieAfter(owner, await send(url, "/api/auth/organization/create", owner, { name: "Bench Clinic", slug: "bench-clinic" }, 200));
  owner = cookieAfter(owner, await send(url, "/api/auth/organization/set-active", owner, { organizationSlug: "bench-clinic" }, 200));
  await send(url, "/api/staff", owner, { name: "Bench Pharmacist", username: PHARMACIST, password: PASSWORD, role: "pharmacy" }, 201);
  await send(url, "/api/patients", owner, { name: "Bench Patient", age: 42, sex: "F", phone: "+1 555 0100" }, 201);
  const registrar = cookieAfter("", await send(url, "/api/auth/sign-up/email", "", { name: "Bench Registrar", email: REGISTRAR_EMAIL, password: PASSWORD }, 200));
  await send(url, "/api/auth/organization/create", registrar, { name: "Bench Registrations", slug: "bench-registrations" }, 200);
}

/** Signs the actors in (a fresh 5-minute cookie cache each time); each session lands in the user's one clinic. */
export async function signInBenchActors(url: string): Promise<BenchActors> {
  const owner = cookieAfter("", await send(url, "/api/auth/sign-in/email", "", { email: OWNER_EMAIL, password: PASSWORD }, 200));
  const pharmacist = cookieAfter("", await send(url, "/api/auth/sign-in/username", "", { username: PHARMACIST, password: PASSWORD }, 200));
  const registrar = cookieAfter("", await send(url, "/api/auth/sign-in/email", "", { email: REGISTRAR_EMAIL, password: PASSWORD }, 200));
  return { owner, pharmacist, registrar };
}
