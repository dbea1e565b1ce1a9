/**
 * The server face of aisec (`aisec serve`): the HTTP API with token sign-in and roles, and the
 * built dashboard. docs/dashboard.md describes the routes, roles and security model.
 */
export { startServer, defaultServePort, maxBodyBytes, type RunningServer, type ServerOptions } from './server.js';
export { openServedStores, type ServedStores, type ServedStoresOptions, type ServedSystem, type KeySource } from './served-stores.js';
export type { ServedGateway } from './api-context.js';
export { apiRoutes, type ApiRoute } from './route-table.js';
export { defaultWebRoot } from './static-files.js';
