// The HTML report's stylesheet, inlined into the page (the report loads nothing). Colours carry
// the outcome (green passed, red failed, grey skipped or not run, amber advisory) and every
// coloured thing also says its outcome in words or numbers.
export const STYLES = `
:root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f6f8fa;--pass:#1a7f37;--pass-bg:#dafbe1;--fail:#cf222e;--fail-bg:#ffebe9;
--skip:#59636e;--skip-bg:#eef1f4;--warn:#9a6700;--warn-bg:#fff8c5;--high:#a40e26;--accent:#0b5cad;--band:#0f2537;
font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
*{box-sizing:border-box}body{margin:0}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.86em}
a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
h2{font-size:1.35rem;margin:0 0 .25rem}h3{font-size:1.05rem;margin:0 0 .4rem}h4{font-size:.9rem;margin:.9rem 0 .3rem;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.muted,.where{color:var(--muted)}.where{font-size:.85rem;margin:.4rem 0 0}
.top{background:var(--band);color:#fff;padding:1.4rem 2rem 1.2rem}
.brand{margin:0;font-size:.8rem;letter-spacing:.08em;text-transform:uppercase;color:#9fb3c8}
.top h1{margin:.2rem 0 .5rem;font-size:1.7rem;font-weight:650;word-break:break-all}.top h1 .label{font-size:.95rem;font-weight:500;color:#9fb3c8;margin-right:.3rem}
.verdict{display:inline-block;margin:0 0 .8rem;padding:.35rem .9rem;border-radius:6px;font-weight:650;font-size:1.05rem}
.verdict.conforms{background:var(--pass-bg);color:#0f5323}.verdict.fails{background:var(--fail-bg);color:#82071e}
.facts{display:flex;flex-wrap:wrap;gap:.4rem 1.8rem;margin:0 0 .8rem}.facts div{display:flex;gap:.45rem}.facts dt{color:#9fb3c8}.facts dd{margin:0;font-weight:550}
.capabilities,.totals{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
.capabilities{margin-bottom:.7rem}.capabilities li{padding:.15rem .65rem;border-radius:999px;font-size:.85rem;border:1px solid #3d5a75;cursor:help}
.capabilities .on{background:#16456b}.capabilities .off{color:#9fb3c8;border-style:dashed}
.totals li{background:#1b3a55;padding:.25rem .75rem;border-radius:6px}.totals strong{font-size:1.1rem;margin-right:.2rem}
.totals .passed strong{color:#7ee2a0}.totals .failed strong{color:#ff9a9a}.totals .skipped strong{color:#c8d1da}.totals .advisory strong{color:#f5d76e}
nav.sections{position:sticky;top:0;z-index:5;display:flex;flex-wrap:wrap;gap:.2rem;padding:.45rem 2rem;background:#fff;border-bottom:1px solid var(--line);box-shadow:0 1px 3px rgba(0,0,0,.05)}
nav.sections a{padding:.3rem .7rem;border-radius:6px;color:var(--ink);font-weight:550}nav.sections a:hover{background:var(--soft);text-decoration:none}
.count{display:inline-block;min-width:1.5em;padding:0 .45em;border-radius:999px;background:var(--skip-bg);color:var(--muted);font-size:.8rem;text-align:center;font-weight:600;vertical-align:middle}
main{padding:0 2rem 3rem;max-width:1500px}
main>section{padding-top:1.8rem;scroll-margin-top:3rem}
.lead{color:var(--muted);margin:.1rem 0 .9rem;max-width:62rem}
table{border-collapse:collapse}th{text-align:left}.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.areas th,.areas td{padding:.35rem .8rem;border-bottom:1px solid var(--line)}.areas thead th{font-size:.85rem;color:var(--muted);font-weight:600}
.areas tfoot th,.areas tfoot td{font-weight:650;border-bottom:0}.areas td.failed{color:var(--fail);font-weight:700}.areas tr.has-failures th a{color:var(--fail)}
.bar-cell{width:260px}.bar{display:flex;height:.7rem;border-radius:4px;overflow:hidden;background:var(--skip-bg)}
.bar span{display:block}.bar .passed{background:#2da44e}.bar .failed{background:var(--fail)}.bar .skipped{background:#afb8c1}
.badge{display:inline-block;padding:.05rem .5rem;border-radius:999px;font-size:.75rem;font-weight:650;text-transform:uppercase;letter-spacing:.03em;vertical-align:middle}
.badge.passed{background:var(--pass-bg);color:var(--pass)}.badge.failed{background:var(--fail-bg);color:var(--fail)}.badge.skipped,.badge.not-run{background:var(--skip-bg);color:var(--skip)}
.badge.severity-high{background:#ffd8d3;color:var(--high)}.badge.severity-medium{background:var(--warn-bg);color:var(--warn)}.badge.severity-low,.badge.severity-info{background:#ddf4ff;color:#0550ae}
.card{border:1px solid var(--line);border-radius:8px;padding:1rem 1.2rem;margin:0 0 1rem;background:#fff}
.failure-card{border-left:5px solid var(--fail)}.advisory-card{border-left:5px solid var(--warn)}.advisory-card.severity-high{border-left-color:var(--high)}
.skip-card{border-left:5px solid #afb8c1}.skip-card ul{margin:.3rem 0 0;padding-left:1.2rem}.skip-card li{margin:.1rem 0}
.promise{font-size:1.02rem;margin:.1rem 0 .6rem}
.promise-box{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0;padding:.6rem .8rem;background:var(--soft);border-radius:6px}
.promise-box dt{color:var(--muted);font-weight:600}.promise-box dd{margin:0}
a.decision{display:inline-block;margin:0 .3rem .2rem 0;padding:0 .5rem;border:1px solid var(--line);border-radius:6px;background:#fff;font-size:.88rem}
pre{white-space:pre-wrap;word-break:break-word;margin:0}
pre.failure{background:var(--fail-bg);color:#4c0a13;padding:.6rem .8rem;border-radius:6px;margin:0 0 .5rem;max-height:24rem;overflow:auto}
.fix{background:var(--pass-bg);border-radius:6px;padding:.5rem .8rem;margin:.5rem 0}.fix h4{margin:0 0 .2rem;color:#0f5323}.fix p{margin:0}
.found-by{font-size:.9rem;color:var(--muted)}
details.exchanges-box,details.assertions{margin-top:.6rem}details.assertions pre.failure{margin-top:.5rem}details>summary{cursor:pointer;font-weight:600;color:var(--accent)}
.exchanges{display:flex;flex-direction:column;gap:.6rem;margin-top:.5rem}
.exchange{border:1px solid var(--line);border-radius:6px;overflow:hidden}
.exchange header{display:flex;flex-wrap:wrap;align-items:baseline;gap:.4rem;padding:.4rem .7rem;background:var(--soft);border-bottom:1px solid var(--line)}
.exchange .index{color:var(--muted)}.exchange .actor{background:#fff;border:1px solid var(--line);border-radius:999px;padding:0 .5rem;font-size:.82rem}
.exchange small{color:var(--muted);font-size:.82rem;margin-left:auto}
.status{font-weight:700;padding:0 .4rem;border-radius:4px}.status.s2{background:var(--pass-bg);color:var(--pass)}.status.s3{background:#ddf4ff;color:#0550ae}
.status.s4{background:var(--warn-bg);color:var(--warn)}.status.s5{background:var(--fail-bg);color:var(--fail)}
.io{display:grid;grid-template-columns:1fr 1fr}.io>div{padding:.5rem .7rem;min-width:0}.io>div+div{border-left:1px solid var(--line)}
.io>div::before{display:block;margin:0 0 .3rem;font-size:.75rem;font-weight:600;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.io .sent::before{content:"Sent"}.io .received::before{content:"Received"}.io .none{margin:0;color:var(--muted);font-size:.85rem}
.headers{display:grid;grid-template-columns:max-content 1fr;gap:.05rem .6rem;margin:0 0 .4rem;font-size:.82rem}
.headers dt{color:var(--muted)}.headers dd{margin:0;word-break:break-all;font-family:ui-monospace,Menlo,Consolas,monospace}
pre.body{background:#fbfcfd;border:1px solid #eaeef2;border-radius:4px;padding:.4rem .55rem;max-height:18rem;overflow:auto;font-size:.8rem}
.gap{margin:0;text-align:center;color:var(--muted);font-style:italic}
.grid-bar{display:flex;flex-wrap:wrap;align-items:center;gap:.4rem 1.5rem;margin:0 0 .6rem}.grid-bar p{margin:0}
.chip{display:inline-block;padding:.05rem .55rem;border-radius:999px;font-size:.85rem;font-weight:600}
.chip.passed{background:var(--pass-bg);color:var(--pass)}.chip.failed{background:var(--fail-bg);color:var(--fail)}.chip.not-run,.chip.skipped{background:var(--skip-bg);color:var(--skip)}
.legend{color:var(--muted);font-size:.85rem}.cell-sample{display:inline-block;padding:0 .4rem;border-radius:4px;font-size:.8rem}
.cell-sample.passed{background:var(--pass-bg);color:var(--pass)}.cell-sample.refused{background:#f0fbf3;color:#3d6b4a;box-shadow:inset 0 0 0 1px #cdebd5}.cell-sample.failed{background:var(--fail);color:#fff}.cell-sample.not-run{background:var(--skip-bg);color:var(--skip)}
.toggle{font-size:.9rem;cursor:pointer}
.table-wrap{overflow:auto;border:1px solid var(--line);border-radius:8px;max-height:80vh}
table.grid{width:100%;font-size:.88rem}
table.grid thead th{position:sticky;top:0;z-index:2;background:#fff;border-bottom:2px solid var(--line);padding:.5rem .4rem;font-size:.82rem;text-transform:capitalize}
table.grid .role-col{text-align:center;min-width:5.2rem}
table.grid th.op{position:sticky;left:0;z-index:1;background:#fff;padding:.35rem .8rem;border-bottom:1px solid #eaeef2;min-width:20rem;font-weight:400}
table.grid th.op code{display:block;font-weight:600;font-size:.84rem}table.grid th.op small{color:var(--muted);font-size:.78rem}
table.grid tr.area-row th{position:sticky;left:0;background:var(--band);color:#fff;padding:.3rem .8rem;font-size:.8rem;letter-spacing:.06em}
.cell{padding:3px;border-bottom:1px solid #eaeef2;text-align:center}
.cell button{all:unset;box-sizing:border-box;display:flex;flex-direction:column;align-items:center;justify-content:center;width:100%;min-height:2.7rem;border-radius:5px;cursor:pointer;line-height:1.15}
.cell button:focus-visible{outline:3px solid var(--accent);outline-offset:1px}
.cell .observed{font-weight:700;font-size:1rem;font-variant-numeric:tabular-nums}.cell .observed small{font-weight:500;font-size:.8rem}.cell .expected{font-size:.7rem;opacity:.8}
.cell.passed button{background:var(--pass-bg);color:#0f5323}.cell.passed button:hover{background:#b6f0c4}
.cell.passed.refused button{background:#f0fbf3;color:#3d6b4a;box-shadow:inset 0 0 0 1px #cdebd5}.cell.passed.refused button:hover{background:#dff5e6}
.cell.failed button{background:var(--fail);color:#fff}.cell.failed button:hover{background:#a40e26}
.cell.not-run button{background:var(--skip-bg);color:var(--skip)}
.table-wrap.isolation{width:fit-content;max-width:100%}table.grid.isolation{width:auto}table.grid.isolation thead th{text-transform:none}table.grid.isolation .role-col{min-width:22rem}
.failed-cells{display:flex;flex-wrap:wrap;gap:.4rem;margin:.2rem 0 .6rem}.failed-cells .cell{border:0;padding:0;min-width:6.5rem}
.cell .column{font-size:.72rem;font-weight:600;text-transform:capitalize}
table[data-only-failing] tbody tr:not(.row-failing):not(.area-row){display:none}
.templates{display:none}
.filters{display:flex;flex-wrap:wrap;align-items:center;gap:.6rem 1.2rem;padding:.6rem .8rem;margin:0 0 .7rem;background:var(--soft);border-radius:8px}
.filters fieldset{border:0;margin:0;padding:0;display:flex;gap:.4rem}.filters .chip{cursor:pointer;text-transform:capitalize}
.filters select,.filters input[type=search]{font:inherit;padding:.2rem .4rem;border:1px solid var(--line);border-radius:6px}.filters input[type=search]{width:18rem}
.filters output{color:var(--muted);margin-left:auto}
table.checks{width:100%;font-size:.9rem}table.checks th,table.checks td{padding:.35rem .6rem;border-bottom:1px solid #eaeef2;vertical-align:top}
table.checks thead th{position:sticky;top:0;background:#fff;z-index:1;border-bottom:2px solid var(--line);font-size:.82rem;color:var(--muted)}
table.checks .rule{white-space:nowrap}table.checks tr:target{background:var(--warn-bg)}.note{color:var(--muted);font-size:.85rem}
.operation-card h3 code{font-size:.95rem}.decision-card pre.markdown{background:var(--soft);padding:.7rem .9rem;border-radius:6px;margin-top:.5rem;font-size:.85rem}
dialog{width:min(1100px,94vw);max-height:88vh;border:0;border-radius:10px;padding:0;box-shadow:0 12px 48px rgba(0,0,0,.35)}
dialog::backdrop{background:rgba(15,37,55,.55)}
dialog .dialog-bar{position:sticky;top:0;display:flex;justify-content:flex-end;padding:.5rem .7rem;background:#fff;border-bottom:1px solid var(--line)}
dialog .dialog-bar button{font:inherit;font-weight:600;padding:.25rem .9rem;border:1px solid var(--line);border-radius:6px;background:var(--soft);cursor:pointer}
dialog .dialog-body{padding:1rem 1.3rem 1.4rem}
.outcome{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;padding:.6rem .8rem;background:var(--soft);border-radius:6px}.outcome dt{color:var(--muted);font-weight:600}.outcome dd{margin:0;font-weight:600}
@media (max-width:800px){.top,main,nav.sections{padding-left:1rem;padding-right:1rem}.io{grid-template-columns:1fr}.io>div+div{border-left:0;border-top:1px solid var(--line)}}
@media print{nav.sections{position:static}.table-wrap{max-height:none;overflow:visible}details{display:block}}
`;
