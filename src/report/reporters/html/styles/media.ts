/** Report stylesheet, part: Narrow screens and paper. */
export const mediaStyles = `/* Phones and narrow windows */
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
