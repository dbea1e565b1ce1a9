import { readFileSync } from 'node:fs';
import os from 'node:os';

/** The machine a benchmark ran on, as recorded beside its figures. */
export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  readonly os: string;
  /** CPU features that change the figures (e.g. `sha_ni` for SHA-256), when known. */
  readonly cpuFlags: readonly string[];
}

// Features worth naming because a benchmark's figures depend on them.
const NOTABLE_FLAGS = ['sha_ni', 'avx2', 'avx512f', 'aes'];

/** Describe this machine: CPU model, cores, memory, Node version and OS. */
export function describeMachine(): MachineInfo {
  const cpuinfo = readOptional('/proc/cpuinfo');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim();
  const flags = new Set((/^flags\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? '').split(/\s+/));
  const release = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readOptional('/etc/os-release'))?.[1];
  return {
    cpu: model ?? os.cpus()[0]?.model ?? 'unknown CPU',
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${release ? `${release}, ` : ''}${os.type()} ${os.release()} ${os.arch()}`,
    cpuFlags: NOTABLE_FLAGS.filter((flag) => flags.has(flag)),
  };
}

/** One line describing the machine, as used in docs/benchmarks.md. */
export function formatMachine(machine: MachineInfo): string {
  const flags = machine.cpuFlags.length > 0 ? ` (${machine.cpuFlags.join(', ')})` : '';
  return `${machine.cpu}${flags}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}`;
}

function readOptional(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // not Linux, or not readable: fall back to what os reports
  }
}
