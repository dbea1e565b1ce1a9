// A dependency-free OpenAI-style upstream for `npm run bench -- gateway` when the shared
// harness is not present: POST /v1/chat/completions answers JSON, or 8 SSE chunks when
// "stream": true; GET /v1/models. Binds 127.0.0.1. Usage: node gateway-stub.mjs --port=18080
import http from 'node:http';

const port = Number(process.argv.find((a) => a.startsWith('--port='))?.slice(7) ?? 18080);
const completion = JSON.stringify({ id: 'chatcmpl-stub', object: 'chat.completion', created: 1, model: 'stub-model', choices: [{ index: 0, message: { role: 'assistant', content: 'Hamlet avenges his father and everyone dies.' }, finish_reason: 'stop' }], usage: { prompt_tokens: 20, completion_tokens: 9, total_tokens: 29 } });
const frames = Array.from({ length: 8 }, (_, i) => `data: ${JSON.stringify({ id: 'chatcmpl-stub', object: 'chat.completion.chunk', created: 1, model: 'stub-model', choices: [{ index: 0, delta: { content: `word${i} ` }, finish_reason: null }] })}\n\n`);

http.createServer((req, res) => {
  const parts = [];
  req.on('data', (c) => parts.push(c));
  req.on('end', () => {
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"object":"list","data":[{"id":"stub-model","object":"model"}]}');
      return;
    }
    if (Buffer.concat(parts).includes('"stream":true')) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      for (const f of frames) res.write(f);
      res.end('data: [DONE]\n\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(completion) });
    res.end(completion);
  });
}).listen(port, '127.0.0.1');
