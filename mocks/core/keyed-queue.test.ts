import { expect, test } from "vitest";
import { createKeyedQueue } from "./keyed-queue.ts";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

test("work of one key runs one at a time, in the order it was queued", async () => {
  const queue = createKeyedQueue();
  const log: string[] = [];
  const step = (name: string) => queue.run("users", async () => (log.push(`${name} start`), await tick(), log.push(`${name} end`), name));
  expect(await Promise.all([step("a"), step("b")])).toEqual(["a", "b"]);
  expect(log).toEqual(["a start", "a end", "b start", "b end"]);
});

test("a failure rejects its own caller only; the next work of the key still runs", async () => {
  const queue = createKeyedQueue();
  const failed = queue.run("users", async () => Promise.reject(new Error("taken")));
  const next = queue.run("users", async () => "created");
  await expect(failed).rejects.toThrow("taken");
  expect(await next).toBe("created");
});

test("work of different keys interleaves", async () => {
  const queue = createKeyedQueue();
  const log: string[] = [];
  const step = (key: string) => queue.run(key, async () => (log.push(`${key} start`), await tick(), log.push(`${key} end`)));
  await Promise.all([step("users"), step("patients:c1")]);
  expect(log.slice(0, 2)).toEqual(["users start", "patients:c1 start"]);
});
