// An organization's slug: the name in lower case, every run of other characters a dash
// ("My Company" → "my-company"); taken slugs get "-2", "-3", … .

const MAX_ATTEMPTS = 1000;

/** The name's slug, "organization" when nothing of it is left. */
export function slugOf(name: string): string {
  const slug = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug === "" ? "organization" : slug.slice(0, 200).replace(/-+$/, "");
}

/** The slugs to try in order for a name: its slug, then the slug with -2, -3, … */
export function* slugCandidates(name: string): Generator<string> {
  const base = slugOf(name);
  yield base;
  for (let n = 2; n <= MAX_ATTEMPTS; n += 1) yield `${base}-${n}`;
}
