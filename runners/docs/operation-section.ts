// One operation of the reference: method and path, what it does, its rules in words, its
// parameters, its request body and every answer it may give.
import { resolveRef, type Operation } from "#openapi";
import { anchor, escapeHtml, inline, markdown } from "./html.ts";
import { rulesInWords } from "./rules-in-words.ts";
import { objectTable, typeInWords } from "./schema-view.ts";

/** Headers every answer to a trusted Origin carries; the CORS section explains them once. */
const CORS_HEADERS = new Set(["Access-Control-Allow-Origin", "Access-Control-Allow-Credentials", "Vary"]);

/** The page anchor of an operation. */
export const operationAnchor = (operationId: string): string => anchor("op", operationId);

function parametersTable(op: Operation): string {
  if (op.parameters.length === 0) return "";
  const rows = op.parameters.map((parameter) =>
    `<tr><td><code>${escapeHtml(parameter.name)}</code></td><td>${escapeHtml(parameter.in)}</td><td>${typeInWords(parameter.schema)}</td><td>${parameter.required ? "required" : "optional"}</td><td>${inline(parameter.description)}</td></tr>`);
  return `<h4>Parameters</h4><table class="fields"><thead><tr><th>Name</th><th>In</th><th>Type</th><th></th><th>Notes</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function requestBody(op: Operation): string {
  const body = op.requestBody;
  if (body === undefined) return "";
  const optional = body.required ? "" : " (optional: the body may be left out)";
  // A named schema's fields are shown here too, so the operation reads on its own.
  return `<h4>Request body${optional}</h4><p>JSON: ${typeInWords(body.schema)}</p>${objectTable(resolveRef(body.schema))}`;
}

function responsesTable(op: Operation): string {
  const rows = Object.entries(op.responses).map(([status, response]) => {
    const headers = response.headers.filter((name) => !CORS_HEADERS.has(name));
    const headerNote = headers.length === 0 ? "" : `<br>Headers: ${headers.map((name) => `<code>${escapeHtml(name)}</code>`).join(", ")}`;
    return `<tr><td class="status s${status.charAt(0)}">${escapeHtml(status)}</td><td>${inline(response.description)}${headerNote}</td><td>${response.schema === undefined ? "—" : typeInWords(response.schema)}</td></tr>`;
  });
  return `<h4>Answers</h4><table class="responses"><thead><tr><th>Status</th><th>Meaning</th><th>Body</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

/** The section of one operation. */
export function operationSection(op: Operation): string {
  return `<section class="operation" id="${operationAnchor(op.operationId)}">
<h3><span class="method ${op.method}">${op.method.toUpperCase()}</span> <code class="path">${escapeHtml(op.path)}</code></h3>
<p class="summary">${inline(op.summary)} <span class="operation-id">${escapeHtml(op.operationId)}</span></p>
${markdown(op.description, 3)}
<ul class="rules">${rulesInWords(op).map((rule) => `<li>${rule}</li>`).join("")}</ul>
${parametersTable(op)}${requestBody(op)}${responsesTable(op)}
</section>`;
}
