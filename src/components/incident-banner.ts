/**
 * Every page: if an incident is open (a cheap look at localStorage), load the banner's code and
 * show it. Pages without an open incident pay for these few lines only.
 */
export const INCIDENTS_KEY = 'crisis-playbook:incidents';

function hasOpenIncident(): boolean {
  try {
    const data = JSON.parse(localStorage.getItem(INCIDENTS_KEY) ?? 'null')?.data;
    const incident = data?.currentIncidentId ? data.incidents?.[data.currentIncidentId] : null;
    return Boolean(incident && incident.resolvedAt === null);
  } catch {
    return false;
  }
}

const banner = document.getElementById('incident-banner');
if (banner && !document.querySelector('.crisis-page')) {
  const load = () => import('./incident-banner-render.ts').then((m) => m.start(banner));
  if (hasOpenIncident()) load();
  else
    addEventListener('storage', function once(e) {
      if (e.key === INCIDENTS_KEY && hasOpenIncident()) {
        removeEventListener('storage', once);
        load();
      }
    });
}
