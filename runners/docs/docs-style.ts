// The reference page's stylesheet, inlined into the page: no fonts, images or anything else to fetch.
export const DOCS_STYLE = `
:root { color-scheme: light dark; --fg: #1d232b; --muted: #5b6673; --bg: #fff; --panel: #f4f6f8; --line: #d8dee4; --accent: #0b6bcb; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e9ed; --muted: #9aa5b1; --bg: #14181d; --panel: #1d232b; --line: #333c46; --accent: #5aa9f5; } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); display: grid; grid-template-columns: 18rem 1fr; }
nav { position: sticky; top: 0; height: 100vh; overflow-y: auto; padding: 1rem; border-right: 1px solid var(--line); background: var(--panel); font-size: 13px; }
nav a { color: var(--fg); text-decoration: none; display: block; padding: 1px 0; }
nav a:hover { color: var(--accent); }
nav h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: 1rem 0 .25rem; }
main { padding: 1.5rem 2.5rem 4rem; max-width: 70rem; min-width: 0; }
h1 { margin-top: 0; } h2 { border-bottom: 1px solid var(--line); padding-bottom: .25rem; margin-top: 2.5rem; }
code { font: 13px ui-monospace, SFMono-Regular, Menlo, monospace; background: var(--panel); padding: 0 .25em; border-radius: 3px; overflow-wrap: anywhere; }
a { color: var(--accent); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--panel); }
table.fields td:first-child code { white-space: nowrap; overflow-wrap: normal; }
table.fields table.fields { margin: .4rem 0 0; font-size: 13px; }
.operation { border: 1px solid var(--line); border-radius: 6px; padding: .25rem 1rem .5rem; margin: 1rem 0; }
.operation h3 { margin: .6rem 0 .2rem; }
.method { display: inline-block; min-width: 4.2em; text-align: center; border-radius: 4px; color: #fff; font-size: 12px; padding: 2px 6px; vertical-align: middle; }
.get { background: #1f7a4d; } .post { background: #0b6bcb; } .put { background: #9a6700; } .patch { background: #8250df; } .delete { background: #c4314b; }
.summary { font-weight: 600; margin: .2rem 0 .5rem; } .operation-id { font-weight: 400; color: var(--muted); font-size: 12px; margin-left: .5rem; }
.rules { background: var(--panel); border-radius: 4px; padding: .5rem .5rem .5rem 1.6rem; }
.status { font-weight: 600; white-space: nowrap; } .s2, .s3 { color: #1f7a4d; } .s4 { color: #b35900; } .s5 { color: #c4314b; }
.matrix td.yes { text-align: center; color: #1f7a4d; font-weight: 700; } .matrix td.no { text-align: center; color: var(--muted); }
.matrix tr.group th { background: transparent; border-left: 0; border-right: 0; padding-top: .8rem; }
details.schema { border-bottom: 1px solid var(--line); padding: .3rem 0; } details summary { cursor: pointer; }
@media (max-width: 60rem) { body { display: block; } nav { position: static; height: auto; } main { padding: 1rem; } }
`;
