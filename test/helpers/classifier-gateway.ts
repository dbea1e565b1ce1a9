/**
 * The gateway configuration the end-to-end tests put in front of the classifier upstream
 * (`classifier-upstream.ts`): one predict route for `credit-model`, API keys, the model
 * controls polled every 100 ms from `database`, and any further YAML lines in `extra`.
 */
export function classifierGatewayYaml(upstreamUrl: string, database: string, extra = ''): string {
  return `
listen: { host: 127.0.0.1, port: 0 }
upstreams:
  - { name: scoring-server, url: "${upstreamUrl}" }
routes:
  - id: score
    kind: predict
    model: credit-model
    upstream: scoring-server
    path: /classify
    outputs: { probabilities: /probabilities, label: /label, classes: [approve, deny, refer] }
auth: { keys: true }
state: { database: "${database}" }
control: { pollMs: 100 }
${extra}`;
}

/** Probe until `done` holds (every 50 ms, at most 200 more times); the last value either way. */
export async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await probe();
  for (let i = 0; i < 200 && !done(value); i++) {
    await new Promise((r) => setTimeout(r, 50));
    value = await probe();
  }
  return value;
}
