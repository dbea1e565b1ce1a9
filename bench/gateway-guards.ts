/**
 * What the guards cost: `npx tsx bench/gateway-guards.ts [--rounds N]`.
 *
 * 1. In process (no HTTP), CPU time per call: the guards part's request stage on a 2 KB chat
 *    prompt with the default set, the default set without prompt-injection, and each default
 *    guard alone; the response stage per streamed event (default set, and with a canary and a
 *    links allowlist).
 * 2. End to end on loopback, sequential: a chat request with a 2 KB prompt through a gateway
 *    without guards and with `guards: {}` (median per-request latency, interleaved in rounds),
 *    and for a stream the time to the first byte and to the first content event, direct to the
 *    stub upstream, through the gateway without guards and with the default set plus a canary.
 *
 * Prints one line per figure; short by design (a few seconds per part).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { parseGatewayConfig } from '../src/gateway/config/load.js';
import { createGuardsPart } from '../src/gateway/guards/part.js';
import type { GatewayEvent, PartContext } from '../src/gateway/pipeline/part.js';
import { isRelease, type GatewayRequest } from '../src/gateway/pipeline/stages.js';
import { startGateway, type Gateway } from '../src/gateway/server/gateway.js';

const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 7;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const line = (label: string, value: string): void => console.log(`${label.padEnd(72)} ${value}`);

const prompt2k = (
  'Please help me plan the quarterly review for our support team. We handled more tickets than last quarter, the new triage rota worked well, ' +
  'and two people joined in March. I would like an agenda, a short summary of the numbers, and three questions to discuss with the team. '
).repeat(8).slice(0, 2048);
const chatBody = JSON.stringify({ model: 'm', messages: [{ role: 'system', content: 'You are a helpful assistant for a support team.' }, { role: 'user', content: prompt2k }] });
const tokens = ['Hello', '! Here', ' is', ' the', ' agenda', ' for', ' your', ' quarterly', ' review', ':\n\n', '1.', ' Numbers', '\n2.', ' Rota', '\n3.', ' Questions', '.'];
const frame = (delta: object): string => `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', choices: [{ index: 0, delta }] })}\n\n`;
const streamFrames = [frame({ role: 'assistant', content: '' }), ...tokens.map((t) => frame({ content: t })), 'data: [DONE]\n\n'];

function configText(upstream: string, guards: string): string {
  return `
listen: { port: 0 }
upstreams: [{ name: llm, url: "${upstream}/v1" }]
routes: [{ id: chat, kind: openai, upstream: llm }]
${guards}`;
}

/** CPU µs per call of `fn`: median of 5 runs of `n` after a warm-up. */
function usPerCall(n: number, fn: (i: number) => void): number {
  for (let i = 0; i < Math.min(n, 500); i++) fn(i);
  const runs: number[] = [];
  for (let r = 0; r < 5; r++) {
    const t = process.cpuUsage();
    for (let i = 0; i < n; i++) fn(i);
    const d = process.cpuUsage(t);
    runs.push((d.user + d.system) / n);
  }
  return median(runs);
}

function context(guards: string): PartContext {
  const loaded = parseGatewayConfig('gateway.yaml', configText('http://127.0.0.1:9', guards));
  return { config: loaded.config, configFile: loaded.file, log: () => undefined, emit: (_e: GatewayEvent) => undefined, store: () => Promise.reject(new Error('no store')), redis: undefined, now: Date.now };
}

function request(ctx: PartContext, body: string): GatewayRequest {
  const bytes = Buffer.from(body);
  return {
    id: 'r', method: 'POST', path: '/v1/chat/completions', headers: {}, route: ctx.config.routes[0]!, config: ctx.config, endpoint: 'chat/completions', body: bytes,
    json: () => JSON.parse(body) as unknown, model: 'm', principal: undefined, startedAt: 0, verdicts: [],
  } as GatewayRequest;
}

async function inProcess(): Promise<void> {
  // The same prompt is sent every time here, so the prompt-injection score cache is off: the
  // figures are those of a text the guard has not seen (the conversation below shows the cache).
  const sets: [string, string][] = [
    ['default set (guards: {}, score cache off)', 'guards: { request: { prompt-injection: { cacheEntries: 0 } } }'],
    ['default set without prompt-injection', "guards: { request: { prompt-injection: { enabled: false } } }"],
    ['prompt-injection alone (score cache off)', "guards: { defaults: false, request: { prompt-injection: { cacheEntries: 0 } } }"],
    ['secrets alone (redact)', 'guards: { defaults: false, request: { secrets: {} } }'],
    ['pii alone (flag)', 'guards: { defaults: false, request: { pii: {} } }'],
    ['size alone', 'guards: { defaults: false, request: { size: {} } }'],
  ];
  for (const [label, yaml] of sets) {
    const ctx = context(yaml);
    const part = (await createGuardsPart(ctx))!;
    const us = usPerCall(400, () => void part.stages!.requestGuard!(request(ctx, chatBody)));
    line(`request stage, 2 KB chat prompt: ${label}`, `${us.toFixed(1)} µs CPU`);
  }
  // A chat client sends the whole conversation every turn: 20 turns of distinct ~300-character
  // user messages (and the assistant's answers), each request one turn longer; CPU per request
  // over the conversation, with the prompt-injection score cache (default) and without it.
  const turns = Array.from({ length: 20 }, (_, i) => `Turn ${i + 1}: ${prompt2k.slice((i * 97) % 1700, ((i * 97) % 1700) + 300)}`);
  for (const [label, yaml] of [
    ['default set, score cache on (default)', 'guards: {}'],
    ['default set, score cache off', 'guards: { request: { prompt-injection: { cacheEntries: 0 } } }'],
  ] as const) {
    const ctx = context(yaml);
    const part = (await createGuardsPart(ctx))!;
    let conversation = 0;
    const us = usPerCall(20, () => {
      // Each call is one conversation of 20 requests; a new conversation each time (new texts).
      conversation++;
      const messages: { role: string; content: string }[] = [{ role: 'system', content: 'You are a helpful assistant for a support team.' }];
      for (const turn of turns) {
        messages.push({ role: 'user', content: `${turn} (conversation ${conversation})` });
        void part.stages!.requestGuard!(request(ctx, JSON.stringify({ model: 'm', messages })));
        messages.push({ role: 'assistant', content: 'Noted. Here is what I suggest for that part of the review.' });
      }
    });
    line(`request stage, 20-turn conversation, per request: ${label}`, `${(us / turns.length).toFixed(1)} µs CPU`);
  }
  for (const [label, yaml] of [
    ['default set', 'guards: {}'],
    ['default set + canary + links allowlist', 'guards: { response: { canary: { canaries: [ZEBRA-7781-QUASAR] }, links: { allowDomains: [docs.example.com] } } }'],
  ] as const) {
    const ctx = context(yaml);
    const part = (await createGuardsPart(ctx))!;
    const frames = streamFrames.map((f) => Buffer.from(f));
    const us = usPerCall(200, () => {
      const inspector = part.stages!.responseGuard!(request(ctx, chatBody), { status: 200, streaming: true })!;
      for (const f of frames) {
        const r = inspector.chunk(f);
        if (r !== undefined && !isRelease(r)) throw new Error('cut');
      }
      inspector.end();
    });
    line(`response stage per streamed event: ${label}`, `${(us / frames.length).toFixed(2)} µs CPU`);
  }
}

/** A stub upstream: a fixed JSON answer, or the stream with `gapMs` between events. */
async function stubUpstream(gapMs: number): Promise<{ url: string; close(): Promise<void> }> {
  const answer = JSON.stringify({ id: 'c1', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content: 'Here is the agenda for your quarterly review.' }, finish_reason: 'stop' }] });
  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (c: Buffer) => parts.push(c));
    req.on('end', () => {
      if (!Buffer.concat(parts).toString().includes('"stream":true')) {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(answer) });
        res.end(answer);
        return;
      }
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.flushHeaders();
      let i = 0;
      const next = (): void => {
        if (i === streamFrames.length) return void res.end();
        res.write(streamFrames[i++]);
        setTimeout(next, gapMs);
      };
      next();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(() => r())) };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function timedRequest(url: string, body: string): Promise<{ total: number; firstByte: number; firstContent: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let firstByte = 0;
    let firstContent = 0;
    let seen = '';
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      res.on('data', (c: Buffer) => {
        const now = performance.now();
        if (firstByte === 0) firstByte = now - start;
        seen += c.toString();
        if (firstContent === 0 && seen.includes('"content":"Hello"')) firstContent = now - start;
      });
      res.on('end', () => resolve({ total: performance.now() - start, firstByte, firstContent }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function endToEnd(): Promise<void> {
  const up = await stubUpstream(2);
  const gateways: [string, Gateway][] = [];
  for (const [label, guards] of [
    ['no guards', ''],
    ['guards: {}', 'guards: {}'],
    ['guards: {} + canary', 'guards: { response: { canary: { canaries: [ZEBRA-7781-QUASAR] } } }'],
  ] as const) {
    gateways.push([label, await startGateway({ loaded: parseGatewayConfig('gateway.yaml', configText(up.url, guards)), parts: [createGuardsPart], log: () => undefined })]);
  }
  const targets: [string, string][] = [['direct', `${up.url}/v1/chat/completions`], ...gateways.map(([l, g]): [string, string] => [l, `${g.url}/v1/chat/completions`])];
  const json: Record<string, number[]> = {};
  const ttfb: Record<string, number[]> = {};
  const ttfc: Record<string, number[]> = {};
  for (let r = 0; r < rounds; r++) {
    for (const [label, url] of targets) {
      const times: number[] = [];
      for (let i = 0; i < 200; i++) times.push((await timedRequest(url, chatBody)).total);
      (json[label] ??= []).push(median(times));
      const fb: number[] = [];
      const fc: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t = await timedRequest(url, chatBody.replace(/}$/, ',"stream":true}'));
        fb.push(t.firstByte);
        fc.push(t.firstContent);
      }
      (ttfb[label] ??= []).push(median(fb));
      (ttfc[label] ??= []).push(median(fc));
    }
  }
  const base = median(json.direct!);
  for (const [label] of targets) {
    const m = median(json[label]!);
    line(`JSON chat, 2 KB prompt, sequential: ${label}`, `${m.toFixed(3)} ms (${label === 'direct' ? 'baseline' : `+${(m - base).toFixed(3)} ms over direct`})`);
  }
  const noGuards = median(json['no guards']!);
  line('added by the default guard set (guards: {} minus no guards)', `+${(median(json['guards: {}']!) - noGuards).toFixed(3)} ms`);
  for (const [label] of targets) {
    line(`SSE first byte / first content event: ${label}`, `${median(ttfb[label]!).toFixed(3)} ms / ${median(ttfc[label]!).toFixed(3)} ms`);
  }
  for (const [, g] of gateways) await g.close(100);
  agent.destroy();
  await up.close();
}

await inProcess();
await endToEnd();
