// The API reference as one self-contained HTML page, rendered from the bundled spec: every
// operation by tag, the session cookie, the rules (session, active clinic, permission, rate
// limits), the role matrix, errors, Socket.io and the schemas. A Content-Security-Policy that
// allows nothing but its own inline style keeps the page from loading anything, wherever it is opened.
import { componentSchemas, operations, specInfo, specTags, type Operation } from "#openapi";
import { DOCS_STYLE } from "./docs-style.ts";
import { anchor, escapeHtml, inline, markdown } from "./html.ts";
import { operationAnchor, operationSection } from "./operation-section.ts";
import { errorsSection, rateLimitsSection, realtimeSection, rolesSection, securitySection } from "./rule-sections.ts";
import { schemaSection } from "./schema-view.ts";

type Tag = { name: string; description: string };

const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

function tagsOf(): Tag[] {
  const tags = specTags.map(({ name, description }) => ({ name, description }));
  const untagged = operations.some((op) => op.tags.length === 0) ? [{ name: "Other", description: "" }] : [];
  return [...tags, ...untagged];
}

const operationsTagged = (tag: string): Operation[] => operations.filter((op) => (op.tags.length === 0 ? tag === "Other" : op.tags[0] === tag));

function navigation(tags: Tag[], schemaNames: string[]): string {
  const fixed = [
    ["overview", "Overview"],
    ["authentication", "Signing in"],
    ["roles", "Roles"],
    ["rate-limits", "Rate limits"],
    ["errors", "Errors"],
    ["realtime", "Real-time"],
  ].map(([id, label]) => `<a href="#${id}">${label}</a>`);
  const byTag = tags.map((tag) => {
    const links = operationsTagged(tag.name).map((op) => `<a href="#${operationAnchor(op.operationId)}">${op.method.toUpperCase()} ${escapeHtml(op.path)}</a>`);
    return `<h2><a href="#${anchor("tag", tag.name)}">${escapeHtml(tag.name)}</a></h2>${links.join("")}`;
  });
  return `<nav aria-label="Contents"><h2>Guide</h2>${fixed.join("")}${byTag.join("")}<h2><a href="#schemas">Schemas (${schemaNames.length})</a></h2></nav>`;
}

/** The whole reference as one HTML document. */
export function renderDocs(): string {
  const title = `${specInfo.title} ${specInfo.version}`.trim();
  const tags = tagsOf();
  const schemaNames = Object.keys(componentSchemas).sort((a, b) => a.localeCompare(b));
  const tagSections = tags.map(
    (tag) => `<section id="${anchor("tag", tag.name)}"><h2>${escapeHtml(tag.name)}</h2><p>${inline(tag.description)}</p>${operationsTagged(tag.name).map(operationSection).join("\n")}</section>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)} — API reference</title>
<style>${DOCS_STYLE}</style>
</head>
<body>
${navigation(tags, schemaNames)}
<main>
<header id="overview"><h1>${escapeHtml(title)}</h1><p>${inline(specInfo.summary)}</p>
<p>${operations.length} operations. Generated from the contract's OpenAPI ${escapeHtml(specInfo.openapi)} document by <code>temetro-contract docs</code>; this page loads nothing from anywhere.</p></header>
${markdown(specInfo.description)}
${securitySection()}
${rolesSection()}
${rateLimitsSection()}
${errorsSection()}
${realtimeSection()}
${tagSections.join("\n")}
<section id="schemas"><h2>Schemas</h2>${schemaNames.map((name) => schemaSection(name, componentSchemas[name])).join("\n")}</section>
</main>
</body>
</html>
`;
}
