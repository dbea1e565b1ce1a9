/**
 * A gateway process with only the audit part, for crash and disk-fault tests: started as
 * `node --import tsx gateway-child.ts CONFIG`, it prints `listening URL` on stdout, and closes
 * gracefully on SIGTERM (printing `closed`).
 */
import { loadGatewayConfig } from '../../config/load.js';
import { startGateway } from '../../server/gateway.js';
import { createAuditPart } from '../part.js';

const gw = await startGateway({ loaded: await loadGatewayConfig(process.argv[2]!), parts: [createAuditPart], log: (line) => process.stderr.write(`${line}\n`) });
process.stdout.write(`listening ${gw.url}\n`);
process.once('SIGTERM', () => {
  void gw.close(1000).then(() => {
    process.stdout.write('closed\n');
    process.exit(0);
  });
});
