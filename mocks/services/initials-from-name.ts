// temetro's initialsFromName (lib/initials.ts): "Ibrahim Musa" → "IM", "Ibrahim" → "IB", "" → "?".

/** The initials temetro derives when none are given: first and last word's first letters, upper-cased. */
export function initialsFromName(name: string): string {
  const words = name.trim().split(/\s+/).filter((word) => word.length > 0);
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return "?";
  if (words.length === 1) return first.slice(0, 2).toUpperCase();
  return `${first[0] ?? ""}${last[0] ?? ""}`.toUpperCase();
}
