// POST /api/auth/update-user — changes the signed-in user's name, image, username or
// displayUsername and re-issues both session cookies with the updated user. The email cannot change here.
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
  const holder = username === undefined ? undefined : findUserByUsername(call.ctx, username);
  if (holder !== undefined && holder.id !== user.id) failBetterAuth(400, "USERNAME_IS_ALREADY_TAKEN");
  const changes: Partial<UserRecord> = {
    ...(name !== undefined ? { name } : {}),
    ...(image !== undefined ? { image } : {}),
    ...(username !== undefined ? { username: normalizeUsername(username) } : {}),
    ...(displayUsername !== undefined ? { displayUsername } : {}),
    updatedAt: isoNow(call.ctx.clock),
  };
  // The session may come from the cookie cache after the user was deleted: Better Auth then answers with the cached user, changed.
  const updated = (await updateUserRecord(call.ctx, user.id, changes)) ?? { ...user, ...changes };
  return respond(call, 200, { status: true }, { cookies: await sessionCookies(call.ctx.config, session, updated, call.ctx.clock.now(), dontRemember) });
});
