import { expect, test } from "vitest";
import { newClientIp, oneShotClientIp } from "./identities.ts";

const PATH = "/api/auth/sign-in/email";

test("gives one-shot requests to a path the whole pool before an address comes back, and other paths the same addresses", () => {
  const first = oneShotClientIp(PATH);
  const seen = new Set([first]);
  let next = oneShotClientIp(PATH);
  while (next !== first) {
    expect(seen.has(next)).toBe(false);
    seen.add(next);
    next = oneShotClientIp(PATH);
  }
  expect(seen.size).toBeGreaterThan(3_800);
  expect([...seen].every((ip) => /^198\.1[89]\.\d+\.\d+$/.test(ip) && !/\.(0|255)$/.test(ip))).toBe(true);
  expect(seen.has(oneShotClientIp("/api/auth/sign-up/email"))).toBe(true);
});

test("counts one-shot requests to a path whatever their query: a rate-limit bucket is keyed on the path", () => {
  const path = "/api/patients/search-bucket";
  const addresses = [oneShotClientIp(path), oneShotClientIp(`${path}?q=a`), oneShotClientIp(`${path}?q=b&page=2`)];
  expect(new Set(addresses).size).toBe(3);
});

test("keeps actors' addresses apart from the one-shot pool, and never hands one out twice", () => {
  const pool = new Set(Array.from({ length: 4_000 }, () => oneShotClientIp("/api/auth/get-session")));
  const actors = Array.from({ length: 3_000 }, () => newClientIp());
  expect(new Set(actors).size).toBe(actors.length);
  expect(actors.filter((ip) => pool.has(ip))).toEqual([]);
});

test("a process sends more one-shot requests than its slice has addresses without running out", () => {
  for (let sent = 0; sent < 20_000; sent += 1) oneShotClientIp(`/api/patients/${sent % 7}`);
  expect(oneShotClientIp("/api/patients/0")).toMatch(/^198\./);
});

test("says so when a process has handed out every actor address, instead of looking for another forever", () => {
  const pick = () => {
    for (let picked = 0; picked < 5_000; picked += 1) newClientIp();
  };
  expect(pick).toThrow(/^Failed to pick a client IP: all 38\d\d actor addresses of this worker's slice of 198\.18\.0\.0\/15 are taken/);
});
