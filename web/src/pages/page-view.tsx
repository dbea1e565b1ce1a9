/** The page the route names. */
import { Empty } from '../components/states.js';
import { hrefFor, type Route } from '../lib/route.js';
import { FindingsPage } from './findings.js';
import { GatewayPage } from './gateway.js';
import { IncidentPage } from './incident.js';
import { IncidentsPage } from './incidents.js';
import { InventoryPage } from './inventory.js';
import { MonitoringPage } from './monitoring.js';
import { OverviewPage } from './overview.js';
import { RisksPage } from './risks.js';

export function PageView({ route }: { route: Route }) {
  switch (route.page) {
    case 'overview':
    case 'login':
      return <OverviewPage />;
    case 'inventory':
      return <InventoryPage route={route} />;
    case 'findings':
      return <FindingsPage route={route} />;
    case 'risks':
      return <RisksPage route={route} />;
    case 'incidents':
      return <IncidentsPage />;
    case 'incident':
      return <IncidentPage id={route.id ?? ''} />;
    case 'gateway':
      return <GatewayPage />;
    case 'monitoring':
      return <MonitoringPage route={route} />;
    default:
      return (
        <Empty title="There is no such page.">
          <a href={hrefFor('overview')}>Go to the overview</a>.
        </Empty>
      );
  }
}
