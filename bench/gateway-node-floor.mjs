// The Node floor for `npm run bench -- gateway`: the least a Node reverse proxy does (node:http
// server, body read, an undici pool to the upstream, status, content type and body passed
// back chunk by chunk), with no routing, keys, limits, guards or log. What it adds over direct
// is what any gateway written for Node pays on the machine; aisec's figures sit beside it.
// Binds 127.0.0.1. Usage: node gateway-node-floor.mjs --port=18084 --upstream=18080
import http from 'node:http';
import { Pool } from 'undici';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const port = Number(arg('port') ?? 18084);
const pool = new Pool(`http://127.0.0.1:${Number(arg('upstream') ?? 18080)}`, { connections: 64 });

http
  .createServer((req, res) => {
    const parts = [];
    req.on('data', (c) => parts.push(c));
    req.on('end', () => {
      pool.request({ method: req.method, path: req.url, headers: { 'content-type': req.headers['content-type'] ?? 'application/json' }, body: Buffer.concat(parts) }).then(
        async (answer) => {
          res.writeHead(answer.statusCode, { 'content-type': answer.headers['content-type'] ?? 'application/octet-stream' });
          for await (const chunk of answer.body) res.write(chunk);
          res.end();
        },
        () => {
          res.writeHead(502);
          res.end();
        },
      );
    });
  })
  .listen(port, '127.0.0.1');
