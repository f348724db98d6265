// The one stylesheet, served from memory: plain CSS, no build step, no JavaScript needed.
export const STYLESHEET = `
:root { --ink: #1d2330; --muted: #5b6473; --line: #d9dde4; --accent: #1f5fa8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, sans-serif; color: var(--ink); background: #fbfbfc; }
header { display: flex; gap: 1.5rem; align-items: center; padding: .6rem 1.2rem; background: #fff; border-bottom: 1px solid var(--line); }
header .brand { font-weight: 700; font-size: 1.2rem; color: var(--ink); text-decoration: none; }
header nav a { margin-right: 1rem; }
header form.search { margin-left: auto; }
main { padding: 1rem 1.2rem 3rem; max-width: 1400px; }
a { color: var(--accent); }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: 14px; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #eef1f5; }
textarea { font: 13px/1.4 ui-monospace, monospace; width: 100%; }
pre.error { color: #8a1c1c; background: #fdf0f0; padding: .6rem; white-space: pre-wrap; }
pre.turtle { background: #f3f5f8; padding: .6rem; overflow: auto; }
.types, .meta, .about, .count { color: var(--muted); }
.review { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 1.5rem; }
.review .text { white-space: pre-wrap; background: #fff; border: 1px solid var(--line); padding: 1rem; line-height: 1.7; }
.facts { position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow: auto; }
.facts ol { padding-left: 1.2rem; }
#results { overflow-x: auto; }
.fact-item { margin-bottom: .9rem; }
.fact-item dl { display: grid; grid-template-columns: 5.5rem 1fr; gap: .1rem .5rem; margin: 0; }
.fact-item dt { color: var(--muted); font-size: 13px; }
.fact-item dd { margin: 0; }
mark.evidence { background: #fff3b0; }
mark.evidence:target, a.anchor:target + mark.evidence { outline: 2px solid #e0a800; }
.fact { border-bottom: 2px solid; padding: 0 1px; }
.fact.recipient { border-color: #1f7a3a; background: #e3f4e8; }
.fact.honor { border-color: #7b3fa0; background: #f1e6f8; }
.fact.issuer { border-color: #1f5fa8; background: #e4eefa; }
.fact.date { border-color: #b35c00; background: #fdebd8; }
.fact.mention { border-color: #a0a7b3; border-bottom-style: dotted; }
.legend span, .legend mark { margin-right: .6rem; }
.prefixes dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 .8rem; font-size: 13px; }
.prefixes dd { margin: 0; }
.status { color: var(--muted); font-style: italic; }
@media (max-width: 900px) { .review { grid-template-columns: 1fr; } }
`;
