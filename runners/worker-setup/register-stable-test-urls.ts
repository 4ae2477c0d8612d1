// A module resolve hook for this thread that drops vitest's re-run query from the URLs it resolves
// (stable-test-urls.ts): a contract file keeps one URL from run to run, and Node's compile cache
// serves its stripped types and compiled code. Registered once a thread, in each verify worker
// before its first contract file. Node before 22.15 has no module.registerHooks: there the URLs
// stay as vitest makes them.
import { registerHooksOnce } from "../register-hooks-once.ts";
import { withoutRerunQuery } from "./stable-test-urls.ts";

registerHooksOnce("stable-test-urls", {
  resolve(specifier, context, nextResolve) {
    const resolved = nextResolve(specifier, context);
    const url = withoutRerunQuery(resolved.url);
    return url === resolved.url ? resolved : { ...resolved, url };
  },
});
