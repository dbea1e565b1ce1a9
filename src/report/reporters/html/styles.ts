/**
 * The stylesheet of the HTML report, inlined into the page (the CSP allows inline styles and
 * nothing else). System fonts only: the report must not load anything.
 */
export const styles = `
:root {
  --ink: #17202c; --ink-2: #3e4a5b; --ink-3: #667085; --line: #e2e6ec; --line-2: #eef1f5;
  --bg: #f4f6f9; --card: #ffffff; --navy: #14213d; --navy-2: #1f3158; --accent: #2853b8;
  --critical: #b42318; --critical-bg: #fdecea; --critical-line: #f4c1bc;
  --high: #c4320a; --high-bg: #fff0e6; --high-line: #f9cdb3;
  --medium: #a15c07; --medium-bg: #fef6e0; --medium-line: #f5dc9c;
  --low: #1d5fa8; --low-bg: #e8f1fb; --low-line: #bcd5f1;
  --info: #5b6676; --info-bg: #eef1f5; --info-line: #d5dbe3;
  --ok: #157347; --ok-bg: #e6f4ec; --warn: #a15c07; --warn-bg: #fff7e6;
  --radius: 10px; --shadow: 0 1px 2px rgba(16, 24, 40, .05), 0 4px 14px rgba(16, 24, 40, .06);
  --sans: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, "Liberation Sans", sans-serif;
  --mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; scroll-behavior: smooth; }
body { margin: 0; font: 16px/1.55 var(--sans); color: var(--ink); background: var(--bg); overflow-wrap: break-word; }
.wrap { max-width: 1180px; margin: 0 auto; padding: 0 28px; }
a { color: var(--accent); text-underline-offset: 2px; }
code, .path, .hash { font-family: var(--mono); font-size: .88em; overflow-wrap: anywhere; }
code { background: var(--line-2); border-radius: 4px; padding: .05em .35em; }
.hash { word-break: break-all; color: var(--ink-2); }
code.hash { background: none; padding: 0; }
.muted { color: var(--ink-3); }
.small { font-size: 13px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
h2 { font-size: 22px; line-height: 1.25; margin: 0 0 6px; letter-spacing: -.01em; }
h3 { font-size: 18px; margin: 36px 0 12px; }
h4 { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--ink-3); margin: 0 0 4px; }
main > section, main > .grid-2 { margin-top: 40px; }
.section-lead { color: var(--ink-2); margin: 0 0 16px; max-width: 70ch; }
.empty { background: var(--card); border: 1px dashed var(--line); border-radius: var(--radius); padding: 16px 20px; color: var(--ink-2); margin: 8px 0 0; }
.empty.warn { border-color: var(--medium-line); background: var(--warn-bg); }
.card { background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); box-shadow: var(--shadow); padding: 22px 24px; }

/* Masthead */
.masthead { background: linear-gradient(160deg, var(--navy) 0%, var(--navy-2) 100%); color: #fff; padding: 18px 0 54px; }
.eyebrow { display: flex; align-items: center; gap: 8px; margin: 0; font-size: 12px; font-weight: 700; letter-spacing: .12em; text-transform: uppercase; color: #9fb0d6; }
.brand { width: 18px; height: 18px; fill: none; stroke: #9fb0d6; stroke-width: 2; stroke-linejoin: round; }
.masthead-top { display: flex; flex-direction: row-reverse; justify-content: flex-end; align-items: baseline; flex-wrap: wrap; gap: 2px 20px; margin-bottom: 6px; }
.masthead h1 { font-size: 30px; line-height: 1.15; margin: 0; letter-spacing: -.02em; min-width: 0; }
.lead { margin: 0; font-size: 16px; line-height: 1.5; color: #e3e9f5; max-width: 118ch; }
.lead code { background: rgba(255, 255, 255, .12); color: #fff; }
.masthead-foot { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 4px 24px; margin-top: 8px; }
.meta { margin: 0; font-size: 14px; color: #b4c1de; }
.meta .dot { margin: 0 .55em; }
.toc { display: flex; flex-wrap: wrap; gap: 6px 18px; font-size: 14px; }
.toc a { color: #dfe6f5; text-decoration: none; border-bottom: 1px solid rgba(223, 230, 245, .35); padding-bottom: 1px; }
.toc a:hover { color: #fff; border-color: #fff; }

/* Verdict */
.verdict { position: relative; display: flex; gap: 16px; align-items: flex-start; background: var(--card); border-radius: 14px; padding: 14px 22px 16px; box-shadow: 0 2px 4px rgba(16, 24, 40, .06), 0 14px 34px rgba(16, 24, 40, .12); border-top: 6px solid var(--tone); }
.tone-danger { --tone: var(--critical); --tone-bg: var(--critical-bg); }
.tone-warning { --tone: var(--warn); --tone-bg: var(--warn-bg); }
.tone-ok { --tone: var(--ok); --tone-bg: var(--ok-bg); }
.tone-unknown { --tone: var(--info); --tone-bg: var(--info-bg); }
.verdict-icon { flex: none; width: 40px; height: 40px; padding: 7px; border-radius: 50%; background: var(--tone-bg); fill: none; stroke: var(--tone); stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
.verdict-body { min-width: 0; flex: 1; }
.kicker { margin: 0 0 2px; font-size: 12px; font-weight: 700; letter-spacing: .1em; text-transform: uppercase; color: var(--tone); }
.verdict h2 { font-size: 22px; line-height: 1.25; margin: 0 0 8px; }
.caveat { display: block; margin-top: 4px; font-size: 16px; font-weight: 600; color: var(--warn); }
.verdict-details { margin: 0; color: var(--ink-2); font-size: 15px; line-height: 1.45; }
.stats { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 10px; }
.stat { min-width: 84px; padding: 4px 12px; border-radius: 8px; background: var(--sev-bg); border: 1px solid var(--sev-line); }
.stat-n { display: block; font-size: 20px; font-weight: 700; line-height: 1.1; color: var(--sev); font-variant-numeric: tabular-nums; }
.stat-l { font-size: 13px; color: var(--ink-2); }
.stat-zero { --sev: var(--ink-3) !important; --sev-bg: #f7f8fa !important; --sev-line: var(--line) !important; }
.stat-gap { --sev: var(--warn); --sev-bg: var(--warn-bg); --sev-line: var(--medium-line); }

/* First screen: verdict beside the compliance gaps, then the top risks in plain words */
.board { margin-top: -40px; position: relative; }
.board-top { display: grid; grid-template-columns: minmax(0, 1.25fr) minmax(0, 1fr); gap: 16px; align-items: stretch; }
.board h2 { font-size: 18px; margin: 0 0 8px; }
.verdict h2 { font-size: 22px; }
.board-compliance { padding: 14px 20px 16px; font-size: 15px; line-height: 1.45; }
.fw-table { font-size: 15px; margin: 0 0 6px; }
.fw-table th, .fw-table td { padding: 4px 8px 4px 0; border-top: 1px solid var(--line-2); }
.fw-table tr:first-child th, .fw-table tr:first-child td { border-top: 0; }
.fw-table th { font-weight: 600; color: var(--ink); }
.fw-badge { font-weight: 700; white-space: nowrap; text-align: right; }
.fw-gap .fw-badge { color: var(--critical); }
.fw-claimed .fw-badge { color: var(--warn); }
.fw-ok .fw-badge { color: var(--ok); }
.fw-counts { color: var(--ink-2); white-space: nowrap; text-align: right; }
.fw-gaps { margin: 0; padding-left: 18px; }
.fw-gaps li { margin: 2px 0; color: var(--ink-2); }
.fw-gaps strong { color: var(--ink); }
.fw-of { color: var(--ink-3); }
.fw-more { margin: 4px 0 0; font-size: 14px; color: var(--ink-3); }
.board-risks { margin-top: 12px; }
.board-risks h2 { margin-bottom: 6px; }
.brisk-list { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 14px; }
.brisk { background: var(--card); border: 1px solid var(--line); border-top: 4px solid var(--sev); border-radius: var(--radius); box-shadow: var(--shadow); padding: 10px 14px 12px; font-size: 15px; line-height: 1.45; }
.brisk-head { display: flex; align-items: flex-start; gap: 8px; margin-bottom: 4px; }
.brisk-head .risk-n { width: 24px; height: 24px; font-size: 13px; margin-top: 1px; }
.brisk-title { font-weight: 700; font-size: 16px; line-height: 1.35; flex: 1; min-width: 0; }
.brisk-head .chip { margin-top: 2px; }
.brisk p { margin: 4px 0 0; color: var(--ink-2); }
.brisk .brisk-meaning { color: var(--ink); }
.brisk-k { font-weight: 700; color: var(--ink); }
.decision-accepted .brisk-k { color: var(--ok); }
.decision-open .brisk-k { color: var(--critical); }
.brisk-more { margin: 8px 0 0; font-size: 14px; color: var(--ink-3); }
.compliance-h { margin: 18px 0 6px; font-size: 14px; text-transform: none; letter-spacing: 0; color: var(--ink); }

/* Severity colours, shared by chips, stats, chart bars and markers */
.stat-critical, .chip-critical, .sev-critical, .fill-critical { --sev: var(--critical); --sev-bg: var(--critical-bg); --sev-line: var(--critical-line); }
.stat-high, .chip-high, .sev-high, .fill-high { --sev: var(--high); --sev-bg: var(--high-bg); --sev-line: var(--high-line); }
.stat-medium, .chip-medium, .sev-medium, .fill-medium { --sev: var(--medium); --sev-bg: var(--medium-bg); --sev-line: var(--medium-line); }
.stat-low, .chip-low, .sev-low, .fill-low { --sev: var(--low); --sev-bg: var(--low-bg); --sev-line: var(--low-line); }
.stat-info, .chip-info, .sev-info, .fill-info { --sev: var(--info); --sev-bg: var(--info-bg); --sev-line: var(--info-line); }
.chip { display: inline-block; font-size: 12px; font-weight: 700; line-height: 1; letter-spacing: .03em; text-transform: uppercase; padding: 5px 8px; border-radius: 999px; color: var(--sev, var(--ink-2)); background: var(--sev-bg, var(--line-2)); border: 1px solid var(--sev-line, var(--line)); white-space: nowrap; vertical-align: 1px; }
.status-complete { --sev: var(--ok); --sev-bg: var(--ok-bg); --sev-line: #b7e0c8; }
.status-incomplete, .diag-warning, .chip-gap { --sev: var(--warn); --sev-bg: var(--warn-bg); --sev-line: var(--medium-line); }
.status-unsupported, .chip-suppressed { --sev: var(--info); --sev-bg: var(--info-bg); --sev-line: var(--info-line); }
.status-error, .diag-error { --sev: var(--critical); --sev-bg: var(--critical-bg); --sev-line: var(--critical-line); }
.tag { display: inline-block; font-family: var(--mono); font-size: 12px; padding: 2px 6px; border-radius: 4px; background: var(--line-2); color: var(--ink-2); margin: 1px 0; }

/* About + chart */
.grid-2 { display: grid; grid-template-columns: 1.15fr 1fr; gap: 24px; }
.grid-2 h2 { font-size: 18px; margin-bottom: 14px; }
.facts { margin: 0; display: grid; gap: 12px; }
.facts div { display: grid; grid-template-columns: 11em 1fr; gap: 12px; }
.facts dt { color: var(--ink-3); font-size: 14px; padding-top: 1px; }
.facts dd { margin: 0; }
.chart { width: 100%; max-width: 460px; height: auto; display: block; }
.chart text { font-family: var(--sans); }
.chart-label { font-size: 13px; fill: var(--ink-2); }
.chart-count { font-size: 14px; font-weight: 700; fill: var(--ink); }
.chart-zero { fill: var(--ink-3); font-weight: 400; }
.chart-track { fill: var(--line-2); }
.chart rect[class^="fill-"], .chart rect[class*=" fill-"] { fill: var(--sev); }
.chart-suppressed { fill-opacity: .35; }
.chart-legend-open { fill: var(--ink-3); }
.chart-legend { font-size: 12px; fill: var(--ink-3); }
.coverage { margin-top: 18px; padding-top: 16px; border-top: 1px solid var(--line-2); }
.coverage-head { display: flex; justify-content: space-between; gap: 12px; font-size: 14px; color: var(--ink-3); margin-bottom: 8px; }
.coverage-head strong { color: var(--ink); font-weight: 600; }
.coverage-bar { display: block; width: 100%; height: 10px; border-radius: 3px; background: var(--line-2); }
.cov-complete { fill: var(--ok); } .cov-partial { fill: #e0a030; } .cov-failed { fill: var(--critical); }

/* Next steps */
.actions { list-style: none; counter-reset: step; margin: 0; padding: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: 14px; }
.action { counter-increment: step; position: relative; background: var(--card); border: 1px solid var(--line); border-left: 4px solid var(--sev, var(--warn)); border-radius: var(--radius); box-shadow: var(--shadow); padding: 16px 20px 16px 66px; }
.action::before { content: counter(step); position: absolute; left: 18px; top: 16px; width: 32px; height: 32px; border-radius: 50%; background: var(--navy); color: #fff; font-weight: 700; display: flex; align-items: center; justify-content: center; font-size: 15px; }
.action-gap { --sev: var(--warn); }
.action-head { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 10px; }
.source { font-size: 14px; color: var(--ink-3); }
.todo { font-size: 17px; font-weight: 600; margin: 8px 0 6px; line-height: 1.4; }
.why { margin: 0; color: var(--ink-2); }
.where { margin: 6px 0 0; font-size: 14px; color: var(--ink-3); }

/* Top risks */
.risks-layout { display: grid; grid-template-columns: minmax(0, 1fr) 270px; gap: 32px; align-items: center; }
.risk-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 16px; }
.risk { display: flex; gap: 14px; align-items: flex-start; }
.risk-n { flex: none; width: 28px; height: 28px; border-radius: 50%; background: var(--sev); color: #fff; font-weight: 700; font-size: 14px; display: flex; align-items: center; justify-content: center; }
.risk-title { font-weight: 600; font-size: 17px; }
.risk-title .chip { margin-left: 6px; }
.risk-meta { color: var(--ink-2); font-size: 14px; margin-top: 3px; }
.risk-evidence { font-size: 14px; color: var(--ink-3); margin-top: 2px; }
.matrix-figure { margin: 0; }
.matrix { width: 100%; max-width: 270px; height: auto; display: block; }
.matrix text { font-family: var(--sans); }
.heat-1 { fill: #e7f4ec; } .heat-2 { fill: #fdf3d7; } .heat-3 { fill: #fde3cf; } .heat-4 { fill: #f9d0cb; }
.matrix-tick { font-size: 11px; fill: var(--ink-3); text-anchor: middle; }
.matrix-axis { font-size: 12px; fill: var(--ink-2); text-anchor: middle; font-weight: 600; }
.matrix-marker circle { fill: var(--sev); stroke: #fff; stroke-width: 2; }
.matrix-marker text { fill: #fff; font-size: 12px; font-weight: 700; text-anchor: middle; }
figcaption { font-size: 13px; color: var(--ink-3); margin-top: 6px; }

/* Not checked */
.gaps { list-style: none; margin: 0; padding: 0; background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); box-shadow: var(--shadow); }
.gaps li { padding: 14px 20px; border-top: 1px solid var(--line-2); }
.gaps li:first-child { border-top: 0; }

/* Adversarial tests */
.evaluations { display: grid; grid-template-columns: minmax(0, 1fr); gap: 18px; }
.evaluation { border-top: 4px solid var(--accent); }
.evaluation-top { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px 12px; }
.evaluation .kicker { color: var(--accent); }
.evaluation-headline { font-size: 20px; line-height: 1.35; margin: 6px 0 8px; max-width: 60ch; }
.evaluation-scope { margin: 0 0 14px; color: var(--ink-2); font-size: 15px; }
.evaluation-status { margin: 0 0 16px; padding: 10px 14px; border-radius: 8px; font-size: 14px; color: var(--ink); background: var(--sev-bg); border: 1px solid var(--sev-line); border-left: 4px solid var(--sev); }
.evaluation-status .reason { display: block; margin-top: 2px; color: var(--ink-2); }
.evaluation-body { display: grid; grid-template-columns: minmax(0, 17em) minmax(0, 1fr); gap: 24px; align-items: start; }
.evaluation-body.no-charts { grid-template-columns: minmax(0, 30em); }
.evaluation-figures { max-width: 34em; }
.figures { font-size: 14px; border: 1px solid var(--line); border-radius: 8px; border-collapse: separate; border-spacing: 0; overflow: hidden; }
.figures caption { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--ink-3); padding-bottom: 6px; }
.figures th, .figures td { padding: 7px 12px; }
.figures th { font-weight: 400; color: var(--ink-2); background: #f8f9fb; }
.figures td { font-weight: 700; text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.figures tr:first-child th, .figures tr:first-child td { border-top: 0; }
.evaluation-charts { display: grid; gap: 20px; min-width: 0; }
.evaluation-chart { margin: 0; min-width: 0; }
.chart-title { margin: 0 0 6px; font-weight: 600; font-size: 15px; }
.chart-frame { overflow-x: auto; }
.line-chart { display: block; width: 100%; height: auto; max-width: 720px; }
.line-chart text { font-family: var(--sans); }
.chart-note { display: block; margin-top: 2px; font-style: italic; }
.evaluation-findings { margin: 16px 0 0; padding-top: 12px; border-top: 1px solid var(--line-2); font-size: 14px; }
.evaluation-findings p { margin: 0 0 6px; }
.evaluation-findings ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.evaluation-findings .chip { margin-right: 4px; }
.redteam-chart { margin: 0 0 18px; }
.redteam-chart .interval-chart { max-width: 720px; }
table.redteam-probes td:first-child { width: 28%; }
table.redteam-probes td:nth-child(3) { white-space: nowrap; font-variant-numeric: tabular-nums; }
table.redteam-probes td:nth-child(4) code { display: inline-block; margin: 0 0 2px; }
table.redteam-probes td:last-child { width: 36%; }
.redteam-examples { margin-top: 20px; }
.redteam-examples h4 { margin: 0 0 4px; font-size: 16px; }
.redteam-example { border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; margin: 8px 0; background: #fcfcfd; }
.redteam-example > summary { cursor: pointer; font-size: 14px; }
.transcript { display: grid; gap: 8px; margin: 10px 0; }
.turn { border-left: 3px solid var(--line); padding: 2px 0 2px 10px; }
.turn-user { border-left-color: var(--high); }
.turn-assistant { border-left-color: var(--accent); }
.turn-tool, .turn-system { border-left-color: var(--medium); }
.turn-role { margin: 0; font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--ink-3); }
.turn-text { margin: 2px 0 0; white-space: pre-wrap; overflow-wrap: anywhere; font: 13px/1.5 var(--mono); color: var(--ink); }
.turn-call { margin: 4px 0 0; font-size: 13px; }
.redteam-skipped { margin-top: 16px; font-size: 14px; }
.redteam-skipped p { margin: 0 0 4px; }
.redteam-figures { margin-top: 18px; max-width: 40em; }
.redteam-figures td { text-align: left; white-space: normal; }
@media (max-width: 760px) { table.redteam-probes td:first-child, table.redteam-probes td:last-child { width: auto; } }

/* Technical detail */
.technical { margin-top: 64px !important; padding-top: 32px; border-top: 2px solid var(--line); }
.count { display: inline-block; min-width: 24px; padding: 1px 8px; margin-left: 6px; border-radius: 999px; background: var(--line-2); color: var(--ink-2); font-size: 13px; text-align: center; vertical-align: 2px; }
.findings { display: grid; gap: 10px; }
.finding { background: var(--card); border: 1px solid var(--line); border-left: 4px solid var(--sev); border-radius: var(--radius); }
.finding.suppressed { border-left-style: dashed; }
.finding:target { box-shadow: 0 0 0 3px rgba(40, 83, 184, .25); }
.finding > summary { cursor: pointer; list-style: none; display: grid; grid-template-columns: auto minmax(0, 1fr) auto; align-items: start; gap: 12px; padding: 14px 18px; }
.finding > summary .chip { margin-top: 2px; min-width: 84px; text-align: center; }
.finding > summary .finding-head .chip { min-width: 0; margin: 0 0 0 6px; }
.finding > summary::-webkit-details-marker { display: none; }
.finding > summary::after { content: "+"; font-weight: 700; font-size: 18px; line-height: 1; color: var(--ink-3); padding-top: 2px; }
.finding[open] > summary::after { content: "\\2212"; }
.finding[open] > summary { border-bottom: 1px solid var(--line-2); }
.finding-title { font-weight: 600; }
.finding-where { display: block; margin-top: 3px; font-size: 14px; color: var(--ink-3); }
.finding-body { padding: 16px 18px 18px; }
.message { margin: 0 0 14px; }
.why-fix { display: grid; grid-template-columns: 1fr 1fr; gap: 20px; margin-bottom: 16px; }
.why-fix p { margin: 0; }
.kv { margin: 0 0 16px; display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 12px 24px; font-size: 14px; padding: 14px 16px; background: #f8f9fb; border-radius: 8px; }
.kv .kv-wide { grid-column: 1 / -1; }
.kv div { min-width: 0; }
.kv dt { color: var(--ink-3); font-size: 12px; text-transform: uppercase; letter-spacing: .05em; }
.kv dd { margin: 2px 0 0; }
.suppression { background: var(--info-bg); border: 1px solid var(--info-line); border-radius: 8px; padding: 10px 14px; margin: 0 0 14px; font-size: 14px; }
.table-wrap { overflow-x: auto; background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 10px 14px; border-top: 1px solid var(--line-2); }
thead th { border-top: 0; background: #f8f9fb; color: var(--ink-3); font-size: 12px; text-transform: uppercase; letter-spacing: .05em; font-weight: 600; }
table.targets td:first-child { min-width: 16em; }
table.targets td:nth-child(5) { max-width: 14em; }
table.targets td:last-child { width: 36%; }
table.targets .hash { font-size: 12px; }
.table-wrap td code:not(.hash):not(.path), td .chip { white-space: nowrap; }
td.nowrap, table.targets td:nth-child(4) { white-space: nowrap; }
.evidence { font-size: 13px; border: 1px solid var(--line); border-radius: 8px; border-collapse: separate; border-spacing: 0; overflow: hidden; }
.evidence caption { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: var(--ink-3); padding-bottom: 6px; }
.evidence th { width: 12em; color: var(--ink-2); font-weight: 600; background: #f8f9fb; }
.evidence tr:first-child th, .evidence tr:first-child td { border-top: 0; }
.evidence code { word-break: break-all; background: none; padding: 0; }
footer.wrap { margin-top: 56px; padding-bottom: 40px; color: var(--ink-3); font-size: 13px; }
.footer-inner { padding-top: 18px; border-top: 1px solid var(--line); }
footer p { margin: 4px 0; }

/* Phones and narrow windows */
@media (max-width: 760px) {
  .wrap { padding: 0 16px; }
  .masthead { padding: 22px 0 72px; }
  .brand { width: 18px; height: 18px; fill: none; stroke: #9fb0d6; stroke-width: 2; stroke-linejoin: round; }
.masthead h1 { font-size: 27px; }
  .lead { font-size: 16px; }
  .verdict { padding: 20px 18px; gap: 14px; flex-direction: column; }
  .verdict-icon { position: absolute; top: 16px; right: 16px; width: 36px; height: 36px; padding: 6px; }
  .evidence th { width: 35%; }
  .verdict h2 { font-size: 21px; }
  .stat { min-width: 0; flex: 1 1 28%; padding: 8px 10px; }
  .grid-2, .risks-layout, .why-fix, .evaluation-body, .evaluation-body.no-charts, .board-top, .brisk-list { grid-template-columns: 1fr; }
  .fw-counts { white-space: normal; }
  .evaluation-headline { font-size: 18px; }
  /* Below this width the chart's text would be too small to read: scroll the chart instead. */
  .line-chart { min-width: 480px; }
  .facts div { grid-template-columns: 1fr; gap: 0; }
  .card { padding: 18px; }
  .action { padding: 14px 16px 14px 56px; }
  .action::before { left: 12px; width: 30px; height: 30px; }
  .table-wrap { overflow: visible; background: none; border: 0; }
  .table-wrap table, .table-wrap tbody, .table-wrap tr, .table-wrap td { display: block; width: 100%; }
  .table-wrap thead { display: none; }
  .table-wrap tr { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); background: var(--card); border: 1px solid var(--line); border-radius: var(--radius); margin-bottom: 10px; padding: 6px 0; }
  .table-wrap td:first-child, .table-wrap td:last-child { grid-column: 1 / -1; }
  .table-wrap td { border: 0; padding: 5px 14px; }
  .table-wrap td::before { content: attr(data-label); display: block; font-size: 11px; text-transform: uppercase; letter-spacing: .05em; color: var(--ink-3); }
  table.targets td:first-child, table.targets td:last-child { min-width: 0; width: auto; }
}

/* Paper: no backgrounds that waste ink, everything expanded, no broken cards */
@media print {
  @page { margin: 16mm 14mm; }
  body { background: #fff; font-size: 10.5pt; }
  .wrap { max-width: none; padding: 0; }
  .masthead { background: none; color: var(--ink); padding: 0 0 8px; border-bottom: 2px solid var(--navy); }
  .masthead .eyebrow, .meta { color: var(--ink-3); }
  .lead { color: var(--ink-2); }
  .toc { display: none; }
  .board { margin-top: 12px; }
  .verdict { box-shadow: none; border: 1px solid var(--line); border-top: 6px solid var(--tone); }
  .card, .action, .gaps, .finding, .table-wrap, .brisk { box-shadow: none; }
  .verdict, .card, .action, .risk, .brisk, .finding, .evaluation-chart, tr { break-inside: avoid; }
  .brisk, .board-compliance { font-size: 10pt; }
  .lead { max-width: none; }
  h2, h3 { break-after: avoid; }
  .technical { break-before: page; border-top: 0; margin-top: 0 !important; }
  .finding > summary::after { content: none; }
  details::details-content { content-visibility: visible; display: block; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
