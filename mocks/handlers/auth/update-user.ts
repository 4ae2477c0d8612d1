// POST /api/auth/update-user — changes the signed-in user's name, image, username or
// displayUsername and re-issues both session cookies with the updated user. The email cannot change
// here; the fields are taken unchecked, as Better Auth takes them (D47).
import { BARE_500, storedAsText } from "../../core/better-auth-faults.ts";
import { requireSession } from "../../core/call.ts";
import { isoNow } from "../../core/clock.ts";
import { failBetterAuth, ReplyError } from "../../core/reply.ts";
import { sessionCookies } from "../../core/session-cookies.ts";
import type { UserRecord } from "../../services/accounts.ts";
import { respond } from "../../core/typed-reply.ts";
import { findUserByUsername, updateUserRecord } from "../../services/accounts.ts";
import { normalizeUsername } from "../../services/credential-rules.ts";
import { defineHandler } from "../define-handler.ts";

const nothingToUpdate = new ReplyError({ status: 400, body: { message: "No fields to update" } });

export const updateUser = defineHandler("updateUser", async (call) => {
  const { body } = call;
  const { session, user, dontRemember } = requireSession(call);
  if (Reflect.get(body, "email")) failBetterAuth(400, "EMAIL_CAN_NOT_BE_UPDATED");
  const { name, image, username, displayUsername } = body;
  if (name === undefined && image === undefined && username === undefined && displayUsername === undefined) throw nothingToUpdate;
  const holder = typeof username === "string" ? findUserByUsername(call.ctx, username) : undefined;
  if (holder !== undefined && holder.id !== user.id) failBetterAuth(400, "USERNAME_IS_ALREADY_TAKEN");
  // PostgreSQL stores the text of name, image and displayUsername; a null name breaks its NOT NULL
  // column, and a username that is neither text nor null breaks the plugin's lower-casing (D47).
  const storedName = name === undefined ? undefined : storedAsText(name);
  if (storedName === null || (username !== undefined && username !== null && typeof username !== "string")) throw new ReplyError(BARE_500);
  const changes: Partial<UserRecord> = {
    ...(storedName !== undefined ? { name: storedName } : {}),
    ...(image !== undefined ? { image: storedAsText(image) } : {}),
    ...(username !== undefined ? { username: username === null ? null : normalizeUsername(username) } : {}),
    ...(displayUsername !== undefined ? { displayUsername: storedAsText(displayUsername) } : {}),
    updatedAt: isoNow(call.ctx.clock),
  };
  // The session may come from the cookie cache after the user was deleted: Better Auth then answers with the cached user, changed.
  const updated = (await updateUserRecord(call.ctx, user.id, changes)) ?? { ...user, ...changes };
  return respond(call, 200, { status: true }, { cookies: await sessionCookies(call.ctx.config, session, updated, call.ctx.clock.now(), call.request.headers, dontRemember) });
});
