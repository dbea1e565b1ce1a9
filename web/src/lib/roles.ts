/**
 * What each dashboard role may do, as the server enforces it (docs/dashboard.md): the dashboard
 * shows a button a role cannot use disabled, with the reason, instead of hiding it.
 */

/** A dashboard role, from the `role:…` scope of the token used to log in. */
export type Role = 'viewer' | 'analyst' | 'admin';

/** The acts the dashboard offers. */
export type Act = 'suppress-finding' | 'accept-risk' | 'ack-alert' | 'note-incident' | 'act-incident' | 'close-incident' | 'change-gateway' | 'act-incident-gateway';

const rank: Record<Role, number> = { viewer: 0, analyst: 1, admin: 2 };

/** The least role each act needs. */
export const neededRole: Record<Act, Role> = {
  'suppress-finding': 'analyst',
  'accept-risk': 'analyst',
  'ack-alert': 'analyst',
  'note-incident': 'analyst',
  'act-incident': 'analyst',
  'close-incident': 'analyst',
  'change-gateway': 'admin',
  'act-incident-gateway': 'admin',
};

/** Whether `role` may do `act`; when not, the reason to show beside the disabled button. */
export function permission(role: Role | null, act: Act): { allowed: true } | { allowed: false; reason: string } {
  const needed = neededRole[act];
  if (role !== null && rank[role] >= rank[needed]) return { allowed: true };
  const who = role === null ? 'You are not logged in' : `Your role (${role}) cannot do this`;
  return { allowed: false, reason: `${who}: it needs the ${needed} role${needed === 'analyst' ? ' or admin' : ''}.` };
}

/** Read a role from a server answer, or null when it is not one of the three. */
export function parseRole(value: unknown): Role | null {
  return value === 'viewer' || value === 'analyst' || value === 'admin' ? value : null;
}
