/** The page the route names. The monitoring page (and uPlot with it) loads on first visit. */
import { lazy, Suspense } from 'react';
import { Empty, Loading } from '../components/states.js';
import { hrefFor, type Route } from '../lib/route.js';
import { FindingsPage } from './findings.js';
import { GatewayPage } from './gateway.js';
import { IncidentPage } from './incident.js';
import { IncidentsPage } from './incidents.js';
import { InventoryPage } from './inventory.js';
import { OverviewPage } from './overview.js';
import { RisksPage } from './risks.js';

const MonitoringPage = lazy(() => import('./monitoring.js').then((m) => ({ default: m.MonitoringPage })));

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
      return (
        <Suspense fallback={<Loading what="monitoring" />}>
          <MonitoringPage route={route} />
        </Suspense>
      );
    default:
      return (
        <Empty title="There is no such page.">
          <a href={hrefFor('overview')}>Go to the overview</a>.
        </Empty>
      );
  }
}
