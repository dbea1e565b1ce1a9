/** Severity badges and per-severity counts. */
import { severities } from '../lib/format.js';

export function SeverityBadge({ severity }: { severity: string }) {
  return <span className={`sev sev-${severities.includes(severity as never) ? severity : 'unknown'}`}>{severity}</span>;
}

export function SeverityCounts({ counts }: { counts: Readonly<Record<string, number>> }) {
  return (
    <ul className="counts" aria-label="Findings by severity">
      {severities.map((s) => (
        <li key={s} className={`count sev-${s}${(counts[s] ?? 0) === 0 ? ' zero' : ''}`}>
          <span className="count-n">{counts[s] ?? 0}</span> <span className="count-label">{s}</span>
        </li>
      ))}
    </ul>
  );
}
