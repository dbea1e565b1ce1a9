/** Report stylesheet, part: The detail sections: adversarial tests and technical findings. */
export const detailStyles = `/* Adversarial tests */
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

`;
