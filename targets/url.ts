// A target at a URL: a deployment, the reference, or the standalone mock, over a real network.
import type { ContractDocument } from "#openapi";
import type { Target } from "./target.ts";
import type { ParsedTargetConfig } from "./target-config.ts";
import { sendOverNetwork } from "./transport/network-send.ts";
import { createTargetCore } from "./target-core.ts";

type UrlConfig = Extract<ParsedTargetConfig, { kind: "url" }>;

/** A target whose capabilities were found by detectCapabilities before the run. */
export function createUrlTarget(config: UrlConfig, document: ContractDocument): Target {
  return createTargetCore({
    name: config.url,
    kind: "url",
    baseUrl: config.url,
    frontendOrigin: config.frontendOrigin,
    capabilities: config.capabilities,
    document,
    send: sendOverNetwork,
  });
}
