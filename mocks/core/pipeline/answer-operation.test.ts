// The runner alone, over stage lists of the test's own: who answers, which cookies the reply carries,
// and a bug answered as a logged 500 instead of a throw.
import { expect, test } from "vitest";
import { getOperation } from "#openapi";
import type { OperationHandler } from "../call.ts";
import { json, ReplyError, temetroReply } from "../reply.ts";
import { answerOperation } from "./answer-operation.ts";
import type { Stage } from "./stage.ts";
import { testContext } from "./test-state.ts";

const request = (path: string) => new Request(`http://localhost:4000${path}`, { method: "POST" });
const setsCookie: Stage = { name: "sets-cookie", run: (state) => void (state.cookies = ["a=1; Path=/"]) };
const answers = (status: number): Stage => ({ name: "answers", run: () => ({ status }) });
const throwing = (error: Error): OperationHandler => () => {
  throw error;
};

test("the first stage that answers ends the request: later stages and the handler do not run", async () => {
  const ran: string[] = [];
  const track = (name: string, status?: number): Stage => ({ name, run: () => (ran.push(name), status === undefined ? undefined : { status }) });
  const reply = await answerOperation(testContext(), getOperation("signOut"), () => (ran.push("handler"), json({})), request("/api/auth/sign-out"), {}, [track("first"), track("second", 418), track("third")]);
  expect(reply).toEqual({ status: 418 });
  expect(ran).toEqual(["first", "second"]);
});

test("merges the cookies a stage set into a later stage's answer", async () => {
  const reply = await answerOperation(testContext(), getOperation("signOut"), () => json({}), request("/api/auth/sign-out"), {}, [setsCookie, answers(401)]);
  expect(reply).toEqual({ status: 401, cookies: ["a=1; Path=/"] });
});

test("merges the cookies a stage set into the handler's thrown error, before its own", async () => {
  const handler = throwing(new ReplyError({ status: 400, cookies: ["b=2; Path=/"] }));
  const reply = await answerOperation(testContext(), getOperation("signOut"), handler, request("/api/auth/sign-out"), {}, [setsCookie]);
  expect(reply).toEqual({ status: 400, cookies: ["a=1; Path=/", "b=2; Path=/"] });
});

test("a thrown ReplyError in a stage is its answer", async () => {
  const throws: Stage = {
    name: "throws",
    run() {
      throw new ReplyError(temetroReply("NOT_FOUND"));
    },
  };
  const reply = await answerOperation(testContext(), getOperation("listPatients"), () => json({}), request("/api/patients"), {}, [throws]);
  expect(reply).toEqual(temetroReply("NOT_FOUND"));
});

test("logs an unexpected throw as a bug and answers 500: empty for Better Auth, temetro's INTERNAL", async () => {
  const lines: string[] = [];
  const ctx = { ...testContext(), log: (line: string) => void lines.push(line) };
  const handler = throwing(new Error("boom"));
  expect(await answerOperation(ctx, getOperation("signOut"), handler, request("/api/auth/sign-out"), {}, [setsCookie])).toEqual({ status: 500 });
  expect(await answerOperation(ctx, getOperation("listPatients"), handler, request("/api/patients"), {}, [])).toEqual(temetroReply("INTERNAL"));
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(/^\[mock\] BUG: POST \/api\/auth\/sign-out threw: Error: boom/);
});
