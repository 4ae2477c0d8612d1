// An operation's x-rules, x-notification and x-decision told as sentences a frontend developer or a
// clinic's administrator can act on, with the roles and limits read from the spec's own tables.
import { rateLimitRule, rolesWith, type Operation } from "#openapi";
import { inline } from "./html.ts";

const RESOURCES: Record<string, string> = {
  organization: "the clinic",
  member: "members",
  invitation: "invitations",
  team: "teams",
  ac: "access-control roles",
  patient: "patient records",
  appointment: "appointments",
  prescription: "prescriptions",
  invoice: "invoices",
  inventory: "inventory",
  task: "tasks",
  lab: "lab results",
};

const ACTIONS: Record<string, string> = { read: "see", write: "create and change", update: "change", create: "add", delete: "delete", cancel: "cancel" };

/** `patient:write` as people say it: "create and change patient records". */
export function permissionInWords(permission: string): string {
  const [resource = "", action = ""] = permission.split(":");
  return `${ACTIONS[action] ?? action} ${RESOURCES[resource] ?? resource}`;
}

/** `patient` as people say it: "patient records". */
export const resourceInWords = (resource: string): string => RESOURCES[resource] ?? resource;

const list = (names: string[]): string => (names.length === 0 ? "no role" : names.join(", "));

function sessionRule(op: Operation): string {
  const { session, cookieCache } = op.rules;
  if (session === "none") return "No session needed.";
  if (session === "optional") return "Works signed in or signed out (the answer differs).";
  const strict = cookieCache === false ? " The session is always checked in the database, never the cookie cache: a session revoked elsewhere is refused at once." : "";
  return `Signed in: send the session cookie; without a valid one the answer is 401.${strict}`;
}

function clinicRule(op: Operation): string | undefined {
  if (op.rules.activeClinic === "required") {
    return op.family === "temetro"
      ? "Acts on the session's active clinic: without one the answer is 403 (choose one with organization/set-active)."
      : "Acts on the session's active clinic: without one the answer is 400.";
  }
  if (op.rules.activeClinic === "fallback") return "Acts on the clinic the request names (organizationId), else on the session's active clinic; 400 when there is neither.";
  return undefined;
}

function permissionRule(op: Operation): string | undefined {
  const { permission, denied } = op.rules;
  if (permission === undefined) return undefined;
  const refusal = denied === undefined ? `403 "You don't have permission to do that."` : `${denied.status} ${denied.code}`;
  return `Needs permission to ${permissionInWords(permission)} (\`${permission}\`), which ${list(rolesWith(permission))} hold; anyone else gets ${refusal}.`;
}

function rateRule(op: Operation): string | undefined {
  if (op.rules.rateLimit === undefined) return undefined;
  const rule = rateLimitRule(op.rules.rateLimit);
  return `Rate limit: at most ${rule.max} requests per ${rule.window} s from one client IP to this path (${rule.source}); then 429 with \`X-Retry-After\`.`;
}

function originRule(op: Operation): string | undefined {
  if (op.rules.originCheck === undefined || op.rules.originCheck === false) return undefined;
  const base = "Better Auth's CSRF check: a request carrying cookies must come from a trusted `Origin` (or `Referer`); a foreign or missing one is 403.";
  return op.rules.originCheck === "first-login" ? `${base} As a first login, a foreign \`Origin\` is refused even without a cookie, and so is a cross-site navigation.` : base;
}

/** The rules of an operation as HTML list items, most important first. */
export function rulesInWords(op: Operation): string[] {
  const sentences = [
    sessionRule(op),
    clinicRule(op),
    permissionRule(op),
    rateRule(op),
    originRule(op),
    op.rules.devOnly === true ? "Development only: served by the mock and test deployments, never by a production backend." : undefined,
    op.notification === undefined
      ? undefined
      : `On success every other member of the clinic is notified live (Socket.io \`notification:new\`, type \`${op.notification.type}\`): "${op.notification.text}".`,
    op.decisions.length === 0 ? undefined : `Contract decisions: ${op.decisions.join(", ")} (the description says what was decided).`,
  ];
  return sentences.filter((sentence): sentence is string => sentence !== undefined).map(inline);
}
