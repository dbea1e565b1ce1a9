/**
 * One child process running one ONNX model with onnxruntime-node (the program is in
 * onnx-runner-script.ts). The adapter talks to it over IPC with structured-clone serialisation,
 * so typed arrays cross without JSON. A run that takes longer than its timeout kills the
 * process; a process that dies fails every pending run. Nothing here ever waits unbounded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { AisecError } from '../../core/errors.js';
import { abortError } from './deadline.js';
import { ONNX_RUNNER_SCRIPT } from './onnx-runner-script.js';

/** An input or output as onnxruntime describes it. */
export interface OnnxValueMetadata {
  readonly name: string;
  readonly isTensor: boolean;
  /** Element type (`float32`, `int64`, …) of a tensor. */
  readonly type?: string;
  /** Dimensions: a size, or a name for a size chosen at run time; empty when not declared. */
  readonly shape?: readonly (number | string)[];
}

/** A tensor going in or coming out. */
export interface OnnxTensorData {
  readonly type: string;
  readonly dims: readonly number[];
  readonly data: Float32Array | Float64Array | BigInt64Array | Int32Array | ArrayLike<unknown>;
}

type ChildMessage =
  | { type: 'loaded'; inputs: OnnxValueMetadata[]; outputs: OnnxValueMetadata[] }
  | { type: 'result'; id: number; outputs: Record<string, OnnxTensorData> }
  | { type: 'error'; id: number; message: string };

interface Pending {
  resolve(outputs: Record<string, OnnxTensorData>): void;
  reject(error: AisecError): void;
}

/** Options of {@link OnnxProcess.start}. */
export interface OnnxProcessOptions {
  /** Shown in messages. */
  readonly name: string;
  readonly intraOpNumThreads: number;
  readonly loadTimeoutMs: number;
  readonly signal?: AbortSignal;
}

const STDERR_TAIL = 2000;

export class OnnxProcess {
  readonly #child: ChildProcess;
  readonly #name: string;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  #stderr = '';
  #exited: string | undefined;

  private constructor(child: ChildProcess, name: string) {
    this.#child = child;
    this.#name = name;
  }

  /**
   * Start a process for `file` and wait until the model is loaded. Rejects with ERR_MODEL_LOAD
   * (onnxruntime refused the file, the process died, or loading took longer than allowed).
   */
  static start(file: string, options: OnnxProcessOptions): Promise<{ process: OnnxProcess; inputs: OnnxValueMetadata[]; outputs: OnnxValueMetadata[] }> {
    const ortEntry = createRequire(import.meta.url).resolve('onnxruntime-node');
    // NODE_OPTIONS is dropped so a loader or inspector of the parent does not follow the model.
    const env = { ...process.env };
    delete env.NODE_OPTIONS;
    const child = spawn(process.execPath, ['--input-type=module', '-e', ONNX_RUNNER_SCRIPT, ortEntry, file, String(options.intraOpNumThreads)], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      serialization: 'advanced',
      cwd: path.dirname(file),
      env,
      windowsHide: true,
    });
    const proc = new OnnxProcess(child, options.name);
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      proc.#stderr = (proc.#stderr + chunk).slice(-STDERR_TAIL);
    });
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (message: string, cause?: unknown): void => {
        if (settled) return;
        settled = true;
        cleanup();
        proc.kill();
        reject(new AisecError('ERR_MODEL_LOAD', message, cause === undefined ? {} : { cause }));
      };
      const timer = setTimeout(() => fail(`${file}: onnxruntime did not load the model within ${options.loadTimeoutMs} ms`), options.loadTimeoutMs);
      const onAbort = (): void => {
        if (settled) return;
        settled = true;
        cleanup();
        proc.kill();
        reject(abortError(options.signal!, `${options.name}: opening the model`));
      };
      options.signal?.addEventListener('abort', onAbort, { once: true });
      const onMessage = (message: ChildMessage): void => {
        if (message.type === 'loaded') {
          if (settled) return;
          settled = true;
          cleanup();
          proc.#listen();
          resolve({ process: proc, inputs: message.inputs, outputs: message.outputs });
        } else if (message.type === 'error' && message.id === 0) {
          fail(`${file}: onnxruntime could not load it as an ONNX model: ${message.message}`);
        }
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
        fail(`${file}: the process loading the model ended (${signal ?? `exit code ${code}`}) before the model was ready${proc.#stderrNote()}`);
      };
      const onError = (error: Error): void => fail(`${file}: could not start a process to run the model: ${error.message}`, error);
      function cleanup(): void {
        clearTimeout(timer);
        options.signal?.removeEventListener('abort', onAbort);
        child.off('message', onMessage);
        child.off('close', onExit);
        child.off('error', onError);
      }
      child.on('message', onMessage);
      // 'close' comes after the IPC channel has delivered everything, so a load error is not lost.
      child.once('close', onExit);
      child.once('error', onError);
      if (options.signal?.aborted) onAbort();
    });
  }

  /** Whether the process is still there to answer. */
  get alive(): boolean {
    return this.#exited === undefined;
  }

  /**
   * Run the model on one input and return the outputs named in `fetch`. Rejects with
   * ERR_MODEL_RUNTIME (the runtime failed, the process died, or no answer within `timeoutMs`,
   * in which case the process is killed) or ERR_ABORTED (`signal`; the process goes on).
   */
  run(input: { name: string } & OnnxTensorData, fetch: readonly string[], timeoutMs: number, signal?: AbortSignal): Promise<Record<string, OnnxTensorData>> {
    if (this.#exited !== undefined) return Promise.reject(this.#runtime(`the model process is not running (${this.#exited}); open the model again`));
    if (signal?.aborted) return Promise.reject(abortError(signal, `${this.#name}: the call`));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      const settle = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.#pending.delete(id);
        if (this.#pending.size === 0) this.#idle();
      };
      const timer = setTimeout(() => {
        settle();
        this.kill(`stopped after it did not answer within ${timeoutMs} ms`);
        reject(this.#runtime(`the model did not answer within ${timeoutMs} ms; its process was stopped`));
      }, timeoutMs);
      const onAbort = (): void => {
        settle();
        reject(abortError(signal!, `${this.#name}: the call`));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#pending.set(id, {
        resolve: (outputs) => {
          settle();
          resolve(outputs);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      });
      this.#busy();
      this.#child.send({ type: 'run', id, input, fetch }, (error) => {
        if (error) this.#pending.get(id)?.reject(this.#runtime(`could not send the rows to the model process: ${error.message}`));
      });
    });
  }

  /** Stop the process now (pending runs fail); `reason` is what later runs are told. Safe to call twice. */
  kill(reason = 'stopped'): void {
    this.#exited ??= reason;
    if (this.#child.exitCode === null && this.#child.signalCode === null) this.#child.kill('SIGKILL');
  }

  #listen(): void {
    this.#child.on('message', (message: ChildMessage) => {
      if (message.type === 'result') this.#pending.get(message.id)?.resolve(message.outputs);
      else if (message.type === 'error') this.#pending.get(message.id)?.reject(this.#runtime(`onnxruntime failed: ${message.message}`));
    });
    this.#child.on('error', () => {
      // A failed send is reported through its callback, a dead process through 'exit'.
    });
    this.#child.once('exit', (code, signal) => {
      const how = signal ?? `exit code ${code}`;
      this.#exited ??= `ended (${how})`;
      const error = this.#runtime(`the model process ended (${how}) while answering${this.#stderrNote()}`);
      for (const pending of [...this.#pending.values()]) pending.reject(error);
    });
    this.#idle();
  }

  /** While no run is pending, the process does not keep the caller's event loop alive. */
  #idle(): void {
    this.#child.unref();
    this.#child.channel?.unref();
  }

  #busy(): void {
    this.#child.ref();
    this.#child.channel?.ref();
  }

  #runtime(message: string): AisecError {
    return new AisecError('ERR_MODEL_RUNTIME', `${this.#name}: ${message}`);
  }

  #stderrNote(): string {
    const tail = this.#stderr.trim();
    return tail === '' ? '' : `; it said: ${tail.slice(-500)}`;
  }
}
