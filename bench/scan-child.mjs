// Child process of the model-scan benchmark: scans one file with the built library and prints
// the time of the scan alone (module loading excluded), the peak RSS and the report as JSON.
import { scanPaths } from '../dist/assess/index.js';

const file = process.argv[2];
const started = performance.now();
const report = await scanPaths({ paths: [file], failOn: null });
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ ms, maxRssKiB: process.resourceUsage().maxRSS, report }));
