// Exchanges as the HTML report shows them: a request line with the answer's status, then what was
// sent and what came back side by side (secrets are already masked).
import type { RecordedExchange } from "#contracts/recorded-exchange";
import { html } from "./html.ts";
import type { SafeHtml } from "./html.ts";

/** Every exchange, oldest first, saying where some were left out. */
export function renderExchanges(exchanges: readonly RecordedExchange[]): SafeHtml {
  if (exchanges.length === 0) return html`<p class="muted">No request was recorded.</p>`;
  const items = exchanges.map((exchange, position) => {
    const gap = exchange.index - (exchanges[position - 1]?.index ?? exchange.index - 1) - 1;
    return html`${gap > 0 ? html`<p class="gap">… ${gap} more ${gap === 1 ? "exchange" : "exchanges"} …</p>` : ""}${renderExchange(exchange)}`;
  });
  return html`<div class="exchanges">${items}</div>`;
}

// Compact markup (a grid holds hundreds of exchanges): labels such as "Sent" come from the stylesheet.
function renderExchange(exchange: RecordedExchange): SafeHtml {
  const { request, response } = exchange;
  const details = `${Math.round(exchange.durationMs)} ms${exchange.operationId === null ? "" : ` · ${exchange.operationId}`}`;
  return html`<article class="exchange"><header><b class="index">#${exchange.index}</b> <span class="actor">${exchange.actor}</span> <b class="method">${request.method}</b> <code class="path">${request.path}</code> → <span class="status ${statusClass(response.status)}">${response.status}</span> <small>${details}</small></header>
<div class="io"><div class="sent">${renderHeaders(request.headers)}${request.body === undefined ? html`<p class="none">No body.</p>` : renderBody(request.body)}</div><div class="received">${renderHeaders(response.headers)}${response.body === null ? html`<p class="none">Empty body.</p>` : renderBody(response.body)}</div></div></article>`;
}

function renderHeaders(headers: RecordedExchange["request"]["headers"]): SafeHtml | string {
  if (headers.length === 0) return "";
  return html`<dl class="headers">${headers.map(({ name, value }) => html`<dt>${name}</dt><dd>${value}</dd>`)}</dl>`;
}

/** A body as recorded (compact): the page's script indents JSON for reading, which would double the file if done here. */
function renderBody(body: string): SafeHtml {
  return html`<pre class="body">${body}</pre>`;
}

/** `s2` … `s5`: the colour of a status by its class. */
export function statusClass(status: number): string {
  return `s${Math.floor(status / 100)}`;
}
