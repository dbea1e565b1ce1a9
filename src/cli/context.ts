/** What every command gets from main. */
export interface CliContext {
  /** Aborted on Ctrl-C. */
  readonly signal: AbortSignal;
  readonly quiet: boolean;
  /** Set the process exit code for a completed run. */
  setExitCode(code: number): void;
}
