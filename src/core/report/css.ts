/**
 * The page's one stylesheet, inlined (the CSP allows inline styles and nothing else). Colours meet WCAG AA in
 * light and dark; status is always written as a word beside its colour; print drops colours' backgrounds and
 * keeps links readable. A word longer than the line breaks anywhere (a title pasted without spaces must not widen
 * the page), except in tables: their columns would shrink to a letter; a table scrolls inside its region instead.
 */
export const PAGE_CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1f2328;--muted:#57606a;--line:#d0d7de;--soft:#f6f8fa;--link:#0969da;
--ok:#1a7f37;--risk:#9a6700;--late:#cf222e;--done:#0969da;--planned:#6e7781}
@media (prefers-color-scheme:dark){:root{--bg:#0d1117;--fg:#e6edf3;--muted:#9198a1;--line:#3d444d;--soft:#161b22;
--link:#58a6ff;--ok:#3fb950;--risk:#d29922;--late:#f85149;--done:#58a6ff;--planned:#8b949e}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;overflow-wrap:anywhere}
main,header.top,footer{max-width:60rem;margin:0 auto;padding:0 1rem}
header.top{padding-top:1.5rem}
h1{font-size:1.75rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.3rem;margin:2rem 0 .75rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:1.25rem 0 .25rem}
h4,h5,h6{font-size:1rem;margin:1rem 0 .25rem}
a{color:var(--link)}
dl.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.5rem 1rem;margin:0}
dl.facts div{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem}
dl.facts dt{color:var(--muted);font-size:.875rem}
dl.facts dd{margin:0;font-weight:600}
table{width:100%;border-collapse:collapse;margin:.5rem 0 1rem}
th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid var(--line);overflow-wrap:break-word}
thead th{font-size:.875rem;color:var(--muted)}
tbody th{font-weight:600}
.muted,.empty{color:var(--muted)}
.late-text{color:var(--late)}
tr.done th,tr.done td:first-of-type{text-decoration:line-through}
tr.done{color:var(--muted)}
.badge{display:inline-flex;align-items:center;gap:.35rem;white-space:nowrap}
.dot{width:.7rem;height:.7rem;border-radius:50%;display:inline-block;background:var(--planned)}
.s-on-track .dot{background:var(--ok)}.s-at-risk .dot{background:var(--risk)}.s-late .dot{background:var(--late)}
.s-done .dot{background:var(--done)}.s-blocked .dot{background:var(--late)}.s-open .dot{background:var(--risk)}
.scroll{overflow-x:auto}
.timeline{width:100%;height:auto;display:block;margin:.5rem 0}
.timeline text{fill:var(--fg);font:13px system-ui,sans-serif}
.timeline .axis{stroke:var(--line)}.timeline .tick{fill:var(--muted)}
.timeline .today{stroke:var(--late);stroke-dasharray:4 3}.timeline .today-label{fill:var(--late)}
.timeline .slip{stroke:var(--muted);stroke-width:2}
.timeline .plan{fill:var(--bg);stroke:var(--planned);stroke-width:2}
.timeline .mark{stroke:var(--bg);stroke-width:1.5}
.timeline .f-planned{fill:var(--planned)}.timeline .f-on-track{fill:var(--ok)}.timeline .f-at-risk{fill:var(--risk)}
.timeline .f-late{fill:var(--late)}.timeline .f-done{fill:var(--done)}
ul.phases{list-style:none;padding:0;margin:0}
ul.phases li{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr auto;gap:.75rem;align-items:center;padding:.3rem 0}
.bar{height:.75rem;background:var(--soft);border:1px solid var(--line);border-radius:4px;overflow:hidden}
.bar span{display:block;height:100%;background:var(--ok)}
.risk{border-left:4px solid var(--risk);padding:.1rem 0 .1rem .75rem;margin:.75rem 0}
.risk h3{margin-top:0}.risk p{margin:.25rem 0}
ol.history{padding-left:1.25rem}
article.update{border:1px solid var(--line);border-radius:6px;padding:0 1rem;margin:.75rem 0}
article.update pre{overflow-x:auto;background:var(--soft);padding:.5rem}
footer{color:var(--muted);font-size:.875rem;padding-top:1rem;padding-bottom:2rem}
@media (max-width:40rem){body{font-size:15px}h1{font-size:1.4rem}th,td{padding:.35rem .25rem}table{font-size:.875rem}
.scroll .timeline{min-width:36rem}
ul.phases li{grid-template-columns:1fr auto}ul.phases .bar{grid-column:1/-1;grid-row:2}}
@media print{:root{--bg:#fff;--fg:#000;--muted:#333;--line:#999;--soft:#fff;--link:#000}
body{font-size:11pt}main,header.top,footer{max-width:none;padding:0}
h2{break-after:avoid}tr,.risk,article.update{break-inside:avoid}
a[href^="updates/"]::after{content:" (" attr(href) ")";font-size:.8em}
.bar{border-color:#000}.bar span{background:#000}}
`;
