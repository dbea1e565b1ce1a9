import type { BoundedDiagnosticLog } from './diagnostic-log.js';

/**
 * Column names from a header, made unique and non-empty so that a name finds one column:
 * an empty name becomes `column_<n>`, a repeated one `<name>_2`, `<name>_3`, ...
 */
export function uniqueColumnNames(raw: readonly (string | null)[], line: number, log: BoundedDiagnosticLog): string[] {
  const seen = new Set<string>();
  return raw.map((value, i) => {
    let name = value ?? '';
    if (name === '') {
      name = `column_${i + 1}`;
      log.add('empty-column-name', line, `Column ${i + 1} has no name in the header; it is called ${name}.`);
    }
    if (seen.has(name)) {
      let k = 2;
      while (seen.has(`${name}_${k}`)) k++;
      log.add('duplicate-column', line, `Column name "${name}" appears more than once; column ${i + 1} is called ${name}_${k}.`);
      name = `${name}_${k}`;
    }
    seen.add(name);
    return name;
  });
}
