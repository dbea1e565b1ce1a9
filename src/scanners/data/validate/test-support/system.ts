import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/** The rules of the test system: every rule kind on a small people table. */
export const testRules = `
    schema:
      columns:
        - { name: id, type: integer }
        - { name: age, type: integer, min: 18, max: 100 }
        - { name: email, type: string, nullable: true }
        - { name: joined, type: date, nullable: true }
        - { name: label, type: integer, values: [0, 1] }
    rules:
      - { column: id, check: unique }
      - { column: email, check: regex, pattern: "[^@]+@[^@]+" }
      - { column: email, check: null-rate, max: 0.3 }
      - { check: row-count, min: 3 }
      - { check: class-balance, max: 0.7 }
`;

/** A system folder with aisec.yaml declaring dataset `people` at data.csv; returns the folder and a writer for data.csv. */
export function testSystem(): { dir: string; writeData: (csv: string) => string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'aisec-validate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'data.csv'), 'id,age,email,joined,label\n');
  writeFileSync(
    path.join(dir, 'aisec.yaml'),
    `version: 1
name: people-scoring
owner: Data team
purpose: Score people for a test.
criticality: internal-tooling
decisions: None; a test.
automation: advisory
exposure: internal
users:
  population: Testers.
datasets:
  - name: people
    path: data.csv
    role: train
    source: internal
    personalData: false
    labelColumn: label
${testRules}`,
  );
  return {
    dir,
    writeData: (csv) => {
      writeFileSync(path.join(dir, 'data.csv'), csv);
      return path.join(dir, 'data.csv');
    },
  };
}
