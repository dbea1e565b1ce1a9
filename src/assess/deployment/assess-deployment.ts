/**
 * The deployment step of an assessment: for every endpoint of the descriptor, what it exposes
 * (from the aisec gateway configuration that serves it when `endpoints[].gateway` names one,
 * else from what the descriptor declares), turned into findings. Each gateway configuration
 * read is a report target; one that cannot be read or lacks the route makes its target
 * `error` (exit code 3) instead of a silent pass. Secrets are never needed: `${env:NAME}`
 * references are not resolved.
 */
import { createHash } from 'node:crypto';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, Target } from '../../core/target.js';
import type { Finding } from '../../core/finding.js';
import { isAisecError } from '../../core/errors.js';
import { loadGatewayConfig, type LoadedGatewayConfig } from '../../gateway/index.js';
import type { ResolvedSystem } from '../resolve-system.js';
import { deploymentFindings, deploymentScannerId } from './deployment-findings.js';
import { declaredPosture, gatewayPosture, type EndpointPosture } from './endpoint-posture.js';

/** What the deployment step adds to an assessment. */
export interface DeploymentOutcome {
  readonly findings: Finding[];
  readonly targets: Target[];
  readonly diagnostics: Diagnostic[];
  /** What each endpoint enforces (from its gateway configuration, or declared), for the risk register. */
  readonly postures: EndpointPosture[];
}

/** An environment in which every `${env:NAME}` reads as a placeholder: the assessment never needs the secrets. */
const placeholderEnv = new Proxy({} as NodeJS.ProcessEnv, { get: (_t, key) => (typeof key === 'string' ? 'value-set-at-run-time' : undefined) });

interface ReadConfig {
  readonly target: Target;
  readonly loaded: LoadedGatewayConfig | undefined;
}

async function readGatewayConfig(system: ResolvedSystem, relative: string): Promise<ReadConfig> {
  const display = path.join(system.displayDir, relative);
  const base: Omit<Target, 'status'> = { path: display, kind: 'config', format: 'aisec-gateway', sha256: null, size: null, key: relative.split(path.sep).join('/'), scanners: [deploymentScannerId] };
  const absolute = path.resolve(system.dir, relative);
  let real: string;
  try {
    real = await realpath(absolute);
  } catch {
    return { target: { ...base, status: 'error', message: `The gateway configuration ${display} named in endpoints[].gateway.config does not exist; fix the path (relative to aisec.yaml).` }, loaded: undefined };
  }
  const root = await realpath(system.dir);
  if (real !== root && !real.startsWith(root + path.sep)) {
    return { target: { ...base, status: 'error', message: `The gateway configuration ${display} is outside the system folder; keep it inside ${system.displayDir}.` }, loaded: undefined };
  }
  try {
    const loaded = await loadGatewayConfig(real, placeholderEnv);
    const bytes = await readFile(real);
    return { target: { ...base, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, status: 'complete' }, loaded };
  } catch (error) {
    const message = isAisecError(error) ? error.message : String(error);
    return { target: { ...base, status: 'error', message: `The gateway configuration ${display} is not valid: ${message}` }, loaded: undefined };
  }
}

/** Check every endpoint of the system. */
export async function assessDeployment(system: ResolvedSystem): Promise<DeploymentOutcome> {
  const descriptor = system.loaded?.descriptor;
  if (!descriptor) return { findings: [], targets: [], diagnostics: [], postures: [] };
  const llmNames = new Set(descriptor.llm.map((l) => l.name));
  const configs = new Map<string, ReadConfig>();
  const findings: Finding[] = [];
  const diagnostics: Diagnostic[] = [];
  const postures: EndpointPosture[] = [];
  for (const endpoint of descriptor.endpoints) {
    let llm = endpoint.serves !== undefined && llmNames.has(endpoint.serves);
    let posture = declaredPosture(endpoint);
    let gateway: { config: string; route: string } | undefined;
    if (endpoint.gateway) {
      const relative = path.normalize(endpoint.gateway.config);
      let read = configs.get(relative);
      if (read === undefined) {
        read = await readGatewayConfig(system, relative);
        configs.set(relative, read);
      }
      if (read.loaded === undefined) continue;
      const route = read.loaded.config.routes.find((r) => r.id === endpoint.gateway!.route);
      if (route === undefined) {
        const ids = read.loaded.config.routes.map((r) => r.id).join(', ');
        diagnostics.push({ path: read.target.path, scanner: deploymentScannerId, code: 'route-missing', level: 'error', message: `Endpoint ${endpoint.name} names route "${endpoint.gateway.route}", which ${read.target.path} does not have (routes: ${ids}).` });
        configs.set(relative, { ...read, target: { ...read.target, status: 'incomplete', message: `route "${endpoint.gateway.route}" of endpoint ${endpoint.name} is missing` } });
        continue;
      }
      gateway = { config: read.target.path, route: route.id };
      posture = gatewayPosture(endpoint, read.loaded.config, route);
      llm ||= route.kind === 'openai';
    }
    postures.push(posture);
    findings.push(...deploymentFindings(posture, { exposure: descriptor.exposure, llm, ...(gateway ? { gateway } : {}) }));
  }
  for (const read of configs.values()) {
    if (read.target.status === 'error') diagnostics.push({ path: read.target.path, scanner: deploymentScannerId, code: 'gateway-config', level: 'error', message: read.target.message ?? 'unreadable' });
  }
  return { findings, targets: [...configs.values()].map((r) => r.target), diagnostics, postures };
}
