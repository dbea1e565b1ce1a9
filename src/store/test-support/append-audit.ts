/**
 * A child process for the cross-process audit test: opens the store (possibly migrating a new
 * one while its siblings do the same) and appends `count` audit events as `actor`.
 * Usage: node --import tsx append-audit.ts <sqlite|postgres> <where> <actor> <count>
 */
import { createPostgresStore } from '../postgres/postgres-store.js';
import { createSqliteStore } from '../sqlite/sqlite-store.js';

const [backend, where, actor, count] = process.argv.slice(2) as [string, string, string, string];
const store = backend === 'sqlite' ? await createSqliteStore(where) : await createPostgresStore(where);
try {
  for (let i = 0; i < Number(count); i++) await store.appendAudit({ actor, action: 'append', subject: String(i), detail: { i } });
} finally {
  await store.close();
}
