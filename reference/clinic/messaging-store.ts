// temetro's services/messaging.ts over the reference's tables: conversation summaries, direct
// message reuse, messages, read marks and the participant check, for the REST routes and Socket.io.
import type pg from "pg";
import { HttpError } from "../middleware/errors.ts";
import { isUuid } from "./schedule-tables.ts";
import type { MessageAttachment } from "./communication-validation.ts";

type Participant = { id: string; name: string };
type MessageRow = { id: string; conversationId: string; senderId: string; senderName: string; body: string; attachments: unknown; createdAt: Date };
type BaseRow = { id: string; name: string | null; isGroup: boolean; updatedAt: Date; lastReadAt: Date | null };

const SYSTEM_USER_ID = "system";
const MESSAGE_COLUMNS = `m."id", m."conversationId", m."senderId", u."name" as "senderName", m."body", m."attachments", m."createdAt"`;

export const toMessage = (row: MessageRow) => ({ ...row, createdAt: row.createdAt.toISOString() });
export type ConversationMessage = ReturnType<typeof toMessage>;

/** Whether a user takes part in a conversation (of any clinic: temetro's isParticipant). */
export async function isParticipant(database: pg.Pool, conversationId: string, userId: string): Promise<boolean> {
  if (!isUuid(conversationId)) return false;
  const { rowCount } = await database.query('select 1 from "conversation_participant" where "conversationId" = $1 and "userId" = $2', [conversationId, userId]);
  return Boolean(rowCount);
}

async function summarize(database: pg.Pool, userId: string, base: BaseRow) {
  const { rows: participants } = await database.query<Participant>(
    `select u."id", u."name" from "conversation_participant" p join "user" u on u."id" = p."userId" where p."conversationId" = $1`, [base.id]);
  const { rows: last } = await database.query<MessageRow>(
    `select ${MESSAGE_COLUMNS} from "message" m join "user" u on u."id" = m."senderId" where m."conversationId" = $1 order by m."createdAt" desc limit 1`, [base.id]);
  const { rows: unread } = await database.query<{ count: string }>(
    `select count(*) from "message" where "conversationId" = $1 and "senderId" <> $2 and ($3::timestamptz is null or "createdAt" > $3)`,
    [base.id, userId, base.lastReadAt]);
  const others = participants.filter((participant) => participant.id !== userId);
  const unreadCount = Number(unread[0]?.count ?? 0);
  return {
    id: base.id,
    name: base.name?.trim() || (base.isGroup ? others.map((other) => other.name).join(", ") || "Group" : (others[0]?.name ?? "Conversation")),
    isGroup: base.isGroup,
    isSystem: participants.some((participant) => participant.id === SYSTEM_USER_ID),
    participants,
    lastMessage: last[0] ? toMessage(last[0]) : null,
    unread: unreadCount > 0,
    unreadCount,
    updatedAt: base.updatedAt.toISOString(),
  };
}

const BASE = `select c."id", c."name", c."isGroup", c."updatedAt", p."lastReadAt" from "conversation_participant" p
  join "conversation" c on c."id" = p."conversationId" where p."userId" = $2 and c."organizationId" = $1`;

/** The caller's conversations in the clinic, most recently active first. */
export async function listConversations(database: pg.Pool, organizationId: string, userId: string) {
  const { rows } = await database.query<BaseRow>(`${BASE} order by c."updatedAt" desc`, [organizationId, userId]);
  return Promise.all(rows.map((row) => summarize(database, userId, row)));
}

async function summaryOf(database: pg.Pool, organizationId: string, userId: string, conversationId: string) {
  const { rows } = await database.query<BaseRow>(`${BASE} and c."id" = $3`, [organizationId, userId, conversationId]);
  if (!rows[0]) throw new HttpError(500, "Failed to create conversation.");
  return summarize(database, userId, rows[0]);
}

/** Starts a conversation with clinic members (the caller and non-members dropped); reuses a direct message (D18). */
export async function createConversation(database: pg.Pool, organizationId: string, userId: string, input: { participantIds: string[]; name?: string | null | undefined }) {
  const requested = [...new Set(input.participantIds)].filter((id) => id !== userId);
  const { rows } = await database.query<{ userId: string }>(
    'select "userId" from "member" where "organizationId" = $1 and "userId" = any($2::text[])', [organizationId, requested]);
  const others = rows.map((row) => row.userId);
  if (others.length === 0) throw new HttpError(400, "Pick at least one clinic member to message.");
  const name = input.name?.trim() || null;
  const isGroup = others.length > 1 || name !== null;
  if (!isGroup) {
    const { rows: direct } = await database.query<{ id: string }>(
      `select c."id" from "conversation" c join "conversation_participant" p on p."conversationId" = c."id"
       where c."organizationId" = $1 and not c."isGroup" group by c."id"
       having count(*) = 2 and bool_or(p."userId" = $2) and bool_or(p."userId" = $3) limit 1`, [organizationId, userId, others[0]]);
    if (direct[0]) return summaryOf(database, organizationId, userId, direct[0].id);
  }
  const client = await database.connect();
  let id: string;
  try {
    await client.query("begin");
    const { rows: created } = await client.query<{ id: string }>(
      'insert into "conversation" ("organizationId", "name", "isGroup", "createdBy") values ($1, $2, $3, $4) returning "id"', [organizationId, name, isGroup, userId]);
    id = created[0]!.id;
    for (const participant of [userId, ...others]) {
      await client.query('insert into "conversation_participant" ("conversationId", "userId", "lastReadAt") values ($1, $2, $3)',
        [id, participant, participant === userId ? new Date() : null]);
    }
    await client.query("commit");
  } catch (error) {
    await client.query("rollback");
    throw error;
  } finally {
    client.release();
  }
  return summaryOf(database, organizationId, userId, id);
}

async function requireConversation(database: pg.Pool, organizationId: string, userId: string, conversationId: string): Promise<void> {
  const found = isUuid(conversationId)
    ? (await database.query('select 1 from "conversation" where "id" = $1 and "organizationId" = $2', [conversationId, organizationId])).rowCount
    : 0;
  if (!found) throw new HttpError(404, "Conversation not found.");
  if (!(await isParticipant(database, conversationId, userId))) throw new HttpError(403, "You are not part of this conversation.");
}

/** A conversation's messages, oldest first: 404 unknown, 403 not a participant. */
export async function getMessages(database: pg.Pool, organizationId: string, userId: string, conversationId: string) {
  await requireConversation(database, organizationId, userId, conversationId);
  const { rows } = await database.query<MessageRow>(
    `select ${MESSAGE_COLUMNS} from "message" m join "user" u on u."id" = m."senderId" where m."conversationId" = $1 order by m."createdAt" asc`, [conversationId]);
  return rows.map(toMessage);
}

/** Stores a message (404, 403, then 400 "Message can't be empty."), bumps the conversation and the sender's read mark. */
export async function createMessage(database: pg.Pool, sender: { organizationId: string; id: string; name: string }, conversationId: string, body: string, attachments?: MessageAttachment[] | unknown[]) {
  await requireConversation(database, sender.organizationId, sender.id, conversationId);
  const list = attachments && attachments.length > 0 ? attachments : null;
  if (!body.trim() && !list) throw new HttpError(400, "Message can't be empty.");
  const { rows } = await database.query<{ id: string; body: string; attachments: unknown; createdAt: Date }>(
    'insert into "message" ("conversationId", "senderId", "body", "attachments") values ($1, $2, $3, $4) returning "id", "body", "attachments", "createdAt"',
    [conversationId, sender.id, body, list === null ? null : JSON.stringify(list)]);
  const row = rows[0]!;
  // Bump recency and the sender's read mark to the message's own instant (microseconds, as stored).
  const sentAt = '(select "createdAt" from "message" where "id" = $2)';
  await database.query(`update "conversation" set "updatedAt" = ${sentAt} where "id" = $1`, [conversationId, row.id]);
  await database.query(`update "conversation_participant" set "lastReadAt" = ${sentAt} where "conversationId" = $1 and "userId" = $3`, [conversationId, row.id, sender.id]);
  const { rows: recipients } = await database.query<{ userId: string }>(
    'select "userId" from "conversation_participant" where "conversationId" = $1 and "userId" <> $2', [conversationId, sender.id]);
  const message = toMessage({ id: row.id, conversationId, senderId: sender.id, senderName: sender.name, body: row.body, attachments: row.attachments, createdAt: row.createdAt });
  return { message, recipientIds: recipients.map((recipient) => recipient.userId) };
}

/** Marks a conversation read for the caller when they take part in it; nothing otherwise. */
export async function markRead(database: pg.Pool, userId: string, conversationId: string): Promise<void> {
  if (!isUuid(conversationId)) return;
  await database.query('update "conversation_participant" set "lastReadAt" = clock_timestamp() where "conversationId" = $1 and "userId" = $2', [conversationId, userId]);
}

/** Every member of the clinic except the caller. */
export async function listClinicMembers(database: pg.Pool, organizationId: string, userId: string): Promise<Participant[]> {
  const { rows } = await database.query<Participant>(
    'select u."id", u."name" from "member" m join "user" u on u."id" = m."userId" where m."organizationId" = $1 and u."id" <> $2', [organizationId, userId]);
  return rows;
}
