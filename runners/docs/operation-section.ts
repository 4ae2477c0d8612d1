// One operation of the reference: method and path, what it does, its rules in words, its
// parameters, its request body and every answer it may give.
import { resolveRef, spec, type Operation } from "#openapi";
import { anchor, escapeHtml, inline, markdown } from "./html.ts";
import { rulesInWords } from "./rules-in-words.ts";
import { objectTable, typeInWords } from "./schema-view.ts";

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** Headers every answer to a trusted Origin carries; the CORS section explains them once. */
const CORS_HEADERS = new Set(["Access-Control-Allow-Origin", "Access-Control-Allow-Credentials", "Vary"]);

/** The page anchor of an operation. */
export const operationAnchor = (operationId: string): string => anchor("op", operationId);

function jsonSchemaOf(container: unknown): unknown {
  const content = isNode(container) && isNode(container.content) ? container.content : {};
  const media = Object.values(content).find(isNode);
  return media?.schema;
}

function parametersTable(parameters: unknown): string {
  if (!Array.isArray(parameters) || parameters.length === 0) return "";
  const rows = parameters.map(resolveRef).filter(isNode).map((parameter) => {
    const where = text(parameter.in);
    return `<tr><td><code>${escapeHtml(text(parameter.name))}</code></td><td>${escapeHtml(where)}</td><td>${typeInWords(parameter.schema)}</td><td>${parameter.required === true ? "required" : "optional"}</td><td>${inline(text(parameter.description))}</td></tr>`;
  });
  return `<h4>Parameters</h4><table class="fields"><thead><tr><th>Name</th><th>In</th><th>Type</th><th></th><th>Notes</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function requestBody(raw: Node): string {
  const body = resolveRef(raw.requestBody);
  if (!isNode(body)) return "";
  const schema = jsonSchemaOf(body);
  const optional = body.required === true ? "" : " (optional: the body may be left out)";
  // A named schema's fields are shown here too, so the operation reads on its own.
  return `<h4>Request body${optional}</h4><p>JSON: ${typeInWords(schema)}</p>${objectTable(resolveRef(schema))}`;
}

function responsesTable(raw: Node): string {
  const responses = isNode(raw.responses) ? raw.responses : {};
  const rows = Object.entries(responses).map(([status, value]) => {
    const response = resolveRef(value);
    const node = isNode(response) ? response : {};
    const schema = jsonSchemaOf(node);
    const headers = Object.keys(isNode(node.headers) ? node.headers : {}).filter((name) => !CORS_HEADERS.has(name));
    const headerNote = headers.length === 0 ? "" : `<br>Headers: ${headers.map((name) => `<code>${escapeHtml(name)}</code>`).join(", ")}`;
    return `<tr><td class="status s${status.charAt(0)}">${escapeHtml(status)}</td><td>${inline(text(node.description))}${headerNote}</td><td>${schema === undefined ? "—" : typeInWords(schema)}</td></tr>`;
  });
  return `<h4>Answers</h4><table class="responses"><thead><tr><th>Status</th><th>Meaning</th><th>Body</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

/** The section of one operation. */
export function operationSection(op: Operation): string {
  const raw = spec.paths[op.path]?.[op.method];
  const node = isNode(raw) ? raw : {};
  const decisions = node["x-decision"];
  const notification = node["x-notification"];
  const rules = rulesInWords(op, {
    decisions: Array.isArray(decisions) ? decisions.map(String) : typeof decisions === "string" ? [decisions] : [],
    ...(isNode(notification) ? { notification: { type: text(notification.type), text: text(notification.text) } } : {}),
  });
  return `<section class="operation" id="${operationAnchor(op.operationId)}">
<h3><span class="method ${op.method}">${op.method.toUpperCase()}</span> <code class="path">${escapeHtml(op.path)}</code></h3>
<p class="summary">${inline(op.summary)} <span class="operation-id">${escapeHtml(op.operationId)}</span></p>
${markdown(text(node.description), 3)}
<ul class="rules">${rules.map((rule) => `<li>${rule}</li>`).join("")}</ul>
${parametersTable(node.parameters)}${requestBody(node)}${responsesTable(node)}
</section>`;
}
