// Errors of the tool itself, raised early and phrased for the user: the CLI prints their message
// (no stack trace) and exits with code 2.

/** The command line is wrong: unknown option, bad value, missing argument. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The target cannot be used: unreachable, or not a temetro API. */
export class TargetError extends Error {
  override name = "TargetError";
}
