import { expect, test } from "vitest";
import { isAllowedOrigin, parseTrustedOrigins } from "./origins.ts";

const policy = { frontendUrl: "https://app.clinic.example", trustedOrigins: ["https://partner.example"] };

test("accepts the frontend, TRUSTED_ORIGINS entries, loopback, private LAN ranges and .local hosts", () => {
  for (const origin of ["https://app.clinic.example", "https://partner.example", "http://localhost:3000", "http://127.0.0.1:5173",
    "http://[::1]:3000", "http://10.1.2.3", "http://192.168.0.9:3000", "http://172.16.0.1", "http://172.31.255.1",
    "http://169.254.10.10", "https://frontdesk.local"]) {
    expect(isAllowedOrigin(origin, policy), origin).toBe(true);
  }
});

test("refuses public hosts, neighbours of the private ranges and unparsable origins", () => {
  for (const origin of ["https://evil.example", "http://172.15.0.1", "http://172.32.0.1", "http://192.169.0.1",
    "http://11.0.0.1", "https://local.evil.example", "null", "not a url"]) {
    expect(isAllowedOrigin(origin, policy), origin).toBe(false);
  }
});

test("an entry * in TRUSTED_ORIGINS allows every origin", () => {
  expect(isAllowedOrigin("https://evil.example", { ...policy, trustedOrigins: parseTrustedOrigins(" a.example , * ") })).toBe(true);
});
