import { severities, type Severity } from '../../../core/severity.js';
import type { ReportRisk, ReportV1 } from '../../schema.js';
import { escapeHtml } from './escape.js';

const severityLabel: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };

/** The display name of a severity (`Critical`). */
export function severityName(severity: Severity): string {
  return severityLabel[severity];
}

/**
 * An inline SVG bar chart of findings by severity: open findings solid, suppressed ones
 * lighter. Pure markup (no script, no external font), scaled by its viewBox.
 */
export function severityChart(report: ReportV1): string {
  const open: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  const suppressed: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of report.findings) (f.suppression === undefined ? open : suppressed)[f.severity]++;
  const max = Math.max(1, ...severities.map((s) => open[s] + suppressed[s]));
  const row = 34;
  const barX = 78;
  const barMax = 236;
  const anySuppressed = severities.some((s) => suppressed[s] > 0);
  const height = severities.length * row + (anySuppressed ? 30 : 6);
  const rows = severities.map((s, i) => {
    const y = i * row + 6;
    const wOpen = (open[s] / max) * barMax;
    const wSupp = (suppressed[s] / max) * barMax;
    const total = open[s] + suppressed[s];
    return [
      `<text x="0" y="${y + 16}" class="chart-label">${severityLabel[s]}</text>`,
      `<rect x="${barX}" y="${y + 2}" width="${barMax}" height="20" rx="4" class="chart-track"/>`,
      wOpen > 0 ? `<rect x="${barX}" y="${y + 2}" width="${wOpen.toFixed(1)}" height="20" rx="4" class="fill-${s}"/>` : '',
      wSupp > 0 ? `<rect x="${(barX + wOpen).toFixed(1)}" y="${y + 2}" width="${wSupp.toFixed(1)}" height="20" rx="4" class="fill-${s} chart-suppressed"/>` : '',
      `<text x="${barX + barMax + 10}" y="${y + 17}" class="chart-count${total === 0 ? ' chart-zero' : ''}">${total}</text>`,
    ].join('');
  });
  const legendY = severities.length * row + 14;
  const legend = anySuppressed
    ? `<rect x="${barX}" y="${legendY}" width="12" height="12" rx="2" class="chart-legend-open"/><text x="${barX + 18}" y="${legendY + 10}" class="chart-legend">open</text>` +
      `<rect x="${barX + 64}" y="${legendY}" width="12" height="12" rx="2" class="chart-legend-open chart-suppressed"/><text x="${barX + 82}" y="${legendY + 10}" class="chart-legend">suppressed (accepted for now)</text>`
    : '';
  const desc = severities.map((s) => `${open[s] + suppressed[s]} ${s}${suppressed[s] > 0 ? ` (${suppressed[s]} suppressed)` : ''}`).join(', ');
  return `<svg class="chart" viewBox="0 0 360 ${height}" role="img" aria-labelledby="chart-title chart-desc"><title id="chart-title">Findings by severity</title><desc id="chart-desc">${escapeHtml(desc)}</desc>${rows.join('')}${legend}</svg>`;
}

function heatClass(score: number): string {
  if (score >= 15) return 'heat-4';
  if (score >= 8) return 'heat-3';
  if (score >= 4) return 'heat-2';
  return 'heat-1';
}

/**
 * An inline SVG 5×5 risk matrix (likelihood across, impact up) with each risk as a numbered
 * marker; `risks` must be in the order the page numbers them.
 */
export function riskMatrix(risks: readonly ReportRisk[]): string {
  const cell = 46;
  const x0 = 40;
  const y0 = 8;
  const cells: string[] = [];
  for (let impact = 5; impact >= 1; impact--) {
    for (let likelihood = 1; likelihood <= 5; likelihood++) {
      const x = x0 + (likelihood - 1) * cell;
      const y = y0 + (5 - impact) * cell;
      cells.push(`<rect x="${x}" y="${y}" width="${cell - 2}" height="${cell - 2}" rx="3" class="${heatClass(likelihood * impact)}"/>`);
    }
  }
  const ticks = [1, 2, 3, 4, 5]
    .map((n) => `<text x="${x0 + (n - 1) * cell + (cell - 2) / 2}" y="${y0 + 5 * cell + 14}" class="matrix-tick">${n}</text><text x="${x0 - 10}" y="${y0 + (5 - n) * cell + cell / 2 + 3}" class="matrix-tick">${n}</text>`)
    .join('');
  const keyOf = (r: ReportRisk): string => `${r.likelihood}:${r.impact}`;
  const inCell = new Map<string, number>();
  for (const r of risks) inCell.set(keyOf(r), (inCell.get(keyOf(r)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const markers = risks.map((risk, i) => {
    const slot = seen.get(keyOf(risk)) ?? 0;
    seen.set(keyOf(risk), slot + 1);
    // A lone marker sits in the middle; several share the cell in a 2×2 arrangement.
    const shared = (inCell.get(keyOf(risk)) ?? 1) > 1;
    const dx = shared ? [-11, 11, -11, 11][slot % 4]! : 0;
    const dy = shared ? [-11, -11, 11, 11][slot % 4]! : 0;
    const r = shared ? 9 : 12;
    const cx = x0 + (risk.likelihood - 1) * cell + (cell - 2) / 2 + dx;
    const cy = y0 + (5 - risk.impact) * cell + (cell - 2) / 2 + dy;
    return `<g class="matrix-marker fill-${risk.level}"><title>${escapeHtml(`${i + 1}. ${risk.title} (likelihood ${risk.likelihood}, impact ${risk.impact})`)}</title><circle cx="${cx}" cy="${cy}" r="${r}"/><text x="${cx}" y="${cy + 4}">${i + 1}</text></g>`;
  });
  const axes =
    `<text x="${x0 + (5 * cell) / 2}" y="${y0 + 5 * cell + 32}" class="matrix-axis">Likelihood</text>` +
    `<text x="12" y="${y0 + (5 * cell) / 2}" class="matrix-axis" transform="rotate(-90 12 ${y0 + (5 * cell) / 2})">Impact</text>`;
  const height = y0 + 5 * cell + 40;
  return `<svg class="matrix" viewBox="0 0 ${x0 + 5 * cell + 4} ${height}" role="img" aria-label="Risk matrix: likelihood against impact">${cells.join('')}${ticks}${axes}${markers.join('')}</svg>`;
}

/**
 * An inline SVG bar of how much of the system was fully checked: complete targets in green,
 * the rest in amber (partly checked) or red (failed or unsupported).
 */
export function coverageBar(report: ReportV1): string {
  const total = report.targets.length;
  if (total === 0) return '';
  const complete = report.targets.filter((t) => t.status === 'complete').length;
  const partial = report.targets.filter((t) => t.status === 'incomplete').length;
  const failed = total - complete - partial;
  const width = 360;
  const parts: [number, string][] = [
    [complete, 'cov-complete'],
    [partial, 'cov-partial'],
    [failed, 'cov-failed'],
  ];
  let x = 0;
  const rects = parts
    .filter(([n]) => n > 0)
    .map(([n, cls]) => {
      const w = (n / total) * width;
      const rect = `<rect x="${x.toFixed(1)}" y="0" width="${Math.max(0, w - 2).toFixed(1)}" height="10" rx="3" class="${cls}"/>`;
      x += w;
      return rect;
    });
  return `<svg class="coverage-bar" viewBox="0 0 ${width} 10" preserveAspectRatio="none" role="img" aria-label="${complete} of ${total} items fully checked">${rects.join('')}</svg>`;
}
