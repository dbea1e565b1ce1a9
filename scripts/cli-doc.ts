// Renders docs/cli.md from the commander program itself, so the doc is the --help text.
// `npx tsx scripts/cli-doc.ts > docs/cli.md`; test/cli-doc.test.ts fails when they differ.
import type { Command } from 'commander';
import { buildProgram } from '../src/cli/main.js';

function helpOf(cmd: Command): string {
  cmd.configureOutput({ getOutHelpWidth: () => 100, getErrHelpWidth: () => 100 });
  cmd.configureHelp({ helpWidth: 100 });
  let text = '';
  cmd.configureOutput({ writeOut: (s) => (text += s), getOutHelpWidth: () => 100 });
  cmd.outputHelp();
  return text.trimEnd();
}

function walk(cmd: Command, prefix: string, out: string[]): void {
  for (const sub of cmd.commands) {
    const name = `${prefix} ${sub.name()}`;
    out.push(`## \`${name}\``, '', sub.summary() || sub.description(), '', '```', helpOf(sub), '```', '');
    walk(sub, name, out);
  }
}

/** The whole CLI reference as markdown. */
export function renderCliDoc(): string {
  const program = buildProgram({ signal: new AbortController().signal, quiet: true, setExitCode: () => undefined });
  const out = ['# CLI reference', '', 'Generated from the commands themselves (`npx tsx scripts/cli-doc.ts > docs/cli.md`): each section is the command\'s `--help`.', '', '```', helpOf(program), '```', ''];
  walk(program, 'aisec', out);
  return `${out.join('\n').trimEnd()}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) process.stdout.write(renderCliDoc());
