// ERRORS: reset-by-username never tells whether a username exists (contract decision D14): every
// well-formed body gets 200 {"ok":true}, known user or not.
import { describe, expect } from "vitest";
import { bodyOf } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { uniqueTag } from "#targets/identities";
import { signedInUser } from "#contracts/states/index";

const PATH = "/api/auth-helpers/reset-by-username";

describe(`POST ${PATH}`, () => {
  check("ERRORS-RESET-BY-USERNAME-KNOWN", 'answers a known username with 200 {"ok":true}, without a session', async ({ actor, given }) => {
    const user = await given(signedInUser);
    const exchange = await actor("visitor").request(PATH, { json: { username: user.identity.username } });
    expect(bodyOf(exchange, "resetByUsername", 200)).toEqual({ ok: true });
  });

  check("ERRORS-RESET-BY-USERNAME-UNKNOWN", "answers an unknown username exactly as a known one (D14)", async ({ actor }) => {
    const exchange = await actor("visitor").request(PATH, { json: { username: `t_nobody_${uniqueTag()}` } });
    expect(bodyOf(exchange, "resetByUsername", 200)).toEqual({ ok: true });
  });
});
