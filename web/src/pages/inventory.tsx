/** The assets of one system and their lineage: dataset → model → endpoint. */
import { endpoints } from '../api/endpoints.js';
import type { Inventory } from '../api/types.js';
import { Empty, Show } from '../components/states.js';
import { currentSystem } from '../components/system.js';
import type { Route } from '../lib/route.js';
import { useLoad } from '../lib/use-load.js';
import { useSession } from '../session.js';

export function InventoryPage({ route }: { route: Route }) {
  const { api, systems } = useSession();
  const system = currentSystem(route, systems);
  const [loaded, reload] = useLoad(() => (system === null ? Promise.resolve(null) : endpoints.inventory(api, system)), `inventory-${system}`);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">Inventory{system ? <span className="sub"> · {system}</span> : null}</h1>
      <Show loaded={loaded} what="the inventory" onRetry={reload} explain={(e) => (e.code === 'ERR_CONFIG_NOT_FOUND' ? <Empty title="No descriptor is served for this system.">{e.message}</Empty> : null)}>
        {(inv) => (inv === null ? <Empty title="No system is served." /> : <InventoryView inventory={inv} />)}
      </Show>
    </section>
  );
}

function InventoryView({ inventory }: { inventory: Inventory }) {
  return (
    <>
      <h2>Lineage</h2>
      {inventory.lineage.length === 0 ? (
        <Empty title="No lineage is declared.">Declare <code>trainedOn</code> for models and the models each endpoint serves in <code>aisec.yaml</code>.</Empty>
      ) : (
        <ul className="lineage" aria-label="Dataset to model to endpoint">
          {inventory.lineage.map((l, i) => (
            <li key={i} className="lineage-row">
              <span className="node dataset" title="dataset">{l.dataset}</span>
              <span className="arrow" aria-label="trains">→</span>
              <span className="node model" title="model">{l.model}</span>
              <span className="arrow" aria-label="served by">→</span>
              {l.endpoints.length === 0 ? (
                <span className="node none">not served</span>
              ) : (
                l.endpoints.map((e) => {
                  const route = l.gateways?.find((g) => g.endpoint === e)?.route;
                  return (
                    <span key={e} className="node endpoint" title={route ? `endpoint, behind the gateway route ${route}` : 'endpoint'}>
                      {e}
                      {route ? <span className="muted small"> via gateway</span> : null}
                    </span>
                  );
                })
              )}
            </li>
          ))}
        </ul>
      )}
      <h2>Assets</h2>
      {inventory.assets.length === 0 ? (
        <Empty title="No assets are recorded.">Run <code>aisec assess</code> on the system to record its models and datasets.</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Kind</th>
                <th scope="col">Name</th>
                <th scope="col">Path</th>
              </tr>
            </thead>
            <tbody>
              {inventory.assets.map((a, i) => (
                <tr key={i}>
                  <td>{a.kind}</td>
                  <td>{a.name}</td>
                  <td className="break">{a.path ? <code>{a.path}</code> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
