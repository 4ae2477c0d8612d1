// The mock's own OAuth 2.0 / OpenID Connect provider: one authorization server per provider id
// (google, github, …) under one base URL, keeping its codes and tokens in memory. A browser follows
// its redirects like a real provider's; an app exchanges codes at its token endpoint over HTTP, or,
// inside the same process, through `fetch` without a network (see better-auth-exchange.ts).
import { authorize } from "./authorize-endpoint.ts";
import type { MockOAuthProvider, MockOAuthProviderOptions, OAuthProviderEndpoints, ProviderContext } from "./glossary.ts";
import { errorPage } from "./oauth-responses.ts";
import { exchangeCode } from "./token-endpoint.ts";
import { userInfo } from "./userinfo-endpoint.ts";

/** Creates the provider; throws early when its base URL cannot be one. */
export function createMockOAuthProvider(options: MockOAuthProviderOptions): MockOAuthProvider {
  let base: URL;
  try {
    base = new URL(options.baseUrl);
  } catch {
    throw new Error(`Failed to create the mock OAuth provider: baseUrl "${options.baseUrl}" is not an absolute URL. Pass one such as http://localhost:4000/__oauth.`);
  }
  const baseUrl = base.toString().replace(/\/$/, "");
  const prefix = base.pathname.replace(/\/$/, "");
  const context: ProviderContext = {
    baseUrl,
    clients: options.clients,
    codeLifetimeMs: (options.codeLifetimeSeconds ?? 60) * 1000,
    tokenLifetimeMs: (options.tokenLifetimeSeconds ?? 3600) * 1000,
    now: options.now ?? Date.now,
    codes: new Map(),
    tokens: new Map(),
  };
  /** The provider id and endpoint a path names: `<prefix>/<id>/<endpoint>`. */
  const route = (url: URL) => {
    const match = url.pathname.startsWith(`${prefix}/`) ? /^([^/]+)\/([^/]+)$/.exec(url.pathname.slice(prefix.length + 1)) : null;
    return match === null ? undefined : { provider: decodeURIComponent(match[1] ?? ""), endpoint: match[2] };
  };

  return {
    handles: (request) => new URL(request.url).pathname.startsWith(`${prefix}/`),
    async fetch(request) {
      const url = new URL(request.url);
      const target = route(url);
      if (target === undefined || !Object.hasOwn(context.clients, target.provider)) {
        return errorPage(404, "not_found", `the mock OAuth provider has no route ${url.pathname}; providers: ${Object.keys(context.clients).join(", ")}`);
      }
      if (target.endpoint === "authorize" && request.method === "GET") return authorize(context, target.provider, url);
      if (target.endpoint === "token") return exchangeCode(context, target.provider, request);
      if (target.endpoint === "userinfo" && (request.method === "GET" || request.method === "POST")) return userInfo(context, target.provider, request);
      return errorPage(404, "not_found", `${request.method} ${url.pathname} is not an endpoint of the mock ${target.provider} provider (authorize, token, userinfo)`);
    },
    endpoints(provider): OAuthProviderEndpoints {
      const at = `${baseUrl}/${encodeURIComponent(provider)}`;
      return { authorizationUrl: `${at}/authorize`, tokenUrl: `${at}/token`, userInfoUrl: `${at}/userinfo` };
    },
    reset() {
      context.codes.clear();
      context.tokens.clear();
    },
  };
}
