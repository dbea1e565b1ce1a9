/** Report stylesheet, part: The first screens: masthead, verdict, severity colours, chart, next steps, top risks, what was not checked. */
export const summaryStyles = `/* Masthead */
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

`;
