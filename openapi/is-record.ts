// The one object check of the project: a plain JSON object (not null, not an array), read by key.

/** Whether a value is a JSON object whose properties can be read by key. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
