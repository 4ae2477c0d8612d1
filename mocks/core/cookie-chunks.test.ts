// Better Auth's chunked cookies (D44): sizes, names, reassembly and the expiry of stale chunks.
import { expect, test } from "vitest";
import { chunkedCookies, chunkedCookieValue, chunkIndex, chunkValueSize, expiredCookieChunks, MAX_COOKIE_CHUNKS, MAX_COOKIE_SIZE } from "./cookie-chunks.ts";

const NAME = "better-auth.session_data";
const CACHE = { maxAge: 300 };
const none = new Map<string, string>();
const nameOf = (cookie: string) => cookie.slice(0, cookie.indexOf("="));

test("a chunk holds 3977 characters under Max-Age=300, as Better Auth 1.7 writes them over http", () => {
  expect(chunkValueSize(NAME, CACHE)).toBe(3977);
  expect(chunkValueSize(`__Secure-${NAME}`, { ...CACHE, secure: true })).toBe(3977 - "__Secure-".length - "; Secure".length);
  expect(chunkValueSize(NAME, {})).toBe(3977 + "; Max-Age=300".length);
});

test("a value that fits is one cookie under its own name", () => {
  expect(chunkedCookies(NAME, "x".repeat(3977), CACHE, none)).toEqual([`${NAME}=${"x".repeat(3977)}; Max-Age=300; Path=/; HttpOnly; SameSite=Lax`]);
});

test("a longer value is split into .0, .1, … of 3977 characters each, every Set-Cookie within 4050 bytes", () => {
  const value = "abcdefghij".repeat(13_430);
  const cookies = chunkedCookies(NAME, value, CACHE, none);
  expect(cookies.map(nameOf)).toEqual(Array.from({ length: 34 }, (_, index) => `${NAME}.${index}`));
  expect(cookies.every((cookie) => cookie.length <= MAX_COOKIE_SIZE)).toBe(true);
  expect(cookies.map((cookie) => cookie.slice(cookie.indexOf("=") + 1, cookie.indexOf(";")).length)).toEqual([...Array<number>(33).fill(3977), 134_300 - 33 * 3977]);
  expect(chunkedCookieValue(new Map(cookies.map((cookie) => [nameOf(cookie), cookie.slice(cookie.indexOf("=") + 1, cookie.indexOf(";"))])), NAME)).toBe(value);
});

test("a value past 100 chunks writes no cookie, only the expiry of what the request carried", () => {
  const value = "x".repeat(3977 * MAX_COOKIE_CHUNKS + 1);
  expect(chunkedCookies(NAME, value, CACHE, none)).toEqual([]);
  expect(chunkedCookies(NAME, value, CACHE, new Map([[NAME, "old"]]))).toEqual([`${NAME}=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax`]);
});

test("writing expires the request's names that are not written again, in the request's order, new chunks after", () => {
  const carried = new Map([[`${NAME}.0`, "a"], [`${NAME}.2`, "c"], ["other", "o"], [`${NAME}.1`, "b"]]);
  expect(chunkedCookies(NAME, "small", CACHE, carried).map((cookie) => cookie.slice(0, cookie.indexOf(";")))).toEqual([`${NAME}.0=`, `${NAME}.2=`, `${NAME}.1=`, `${NAME}=small`]);
  const grown = chunkedCookies(NAME, "y".repeat(3977 * 3 + 1), CACHE, new Map([[`${NAME}.1`, "b"], [NAME, "whole"]]));
  expect(grown.map(nameOf)).toEqual([`${NAME}.1`, NAME, `${NAME}.0`, `${NAME}.2`, `${NAME}.3`]);
  expect(grown[1]).toBe(`${NAME}=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax`);
});

test("reads the whole cookie first, else the chunks joined by index (gaps and order as sent ignored)", () => {
  expect(chunkedCookieValue(new Map([[NAME, "whole"], [`${NAME}.0`, "chunk"]]), NAME)).toBe("whole");
  expect(chunkedCookieValue(new Map([[`${NAME}.10`, "c"], [`${NAME}.2`, "b"], [`${NAME}.0`, "a"]]), NAME)).toBe("abc");
  expect(chunkedCookieValue(new Map([[`${NAME}.01`, "x"], [`${NAME}.-1`, "y"], [`${NAME}.a`, "z"]]), NAME)).toBeUndefined();
  expect(chunkIndex(NAME, `${NAME}.7`)).toBe(7);
  expect(chunkIndex(NAME, `${NAME}x.7`)).toBeNull();
});

test("cleaning expires every carried name of the cookie and nothing else", () => {
  const carried = new Map([[NAME, "w"], [`${NAME}.0`, "a"], [`${NAME}_x`, "n"]]);
  expect(expiredCookieChunks(NAME, {}, carried)).toEqual([`${NAME}=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax`, `${NAME}.0=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax`]);
});
