/**
 * A child process for the crash test: opens the store, starts saving an assessment, and dies
 * (process.exit, no rollback, no close) once the findings are written inside the transaction.
 * Usage: node --import tsx crash-mid-save.ts <sqlite|postgres> <where> <systemId> <startedAt>
 */
import { createPostgresStore } from '../postgres/postgres-store.js';
import { createSqliteStore } from '../sqlite/sqlite-store.js';
import { makeFinding, makeRecord, makeTarget } from './records.js';

const [backend, where, systemId, startedAt] = process.argv.slice(2) as [string, string, string, string];
const hooks = {
  afterSaveStep: (step: string) => {
    if (step === 'findings') process.exit(7);
  },
};
const store = backend === 'sqlite' ? await createSqliteStore(where, { hooks }) : await createPostgresStore(where, { hooks });
const findings = Array.from({ length: 50 }, (_, i) => makeFinding(`crash-${i}`, 'models/crash.pkl'));
await store.saveAssessment(makeRecord(systemId, startedAt, { targets: [makeTarget('models/crash.pkl', 'crash')], findings }));
// Reaching this line means the hook did not run: the parent test fails on the exit code.
process.exit(0);
