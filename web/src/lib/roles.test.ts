import { describe, expect, it } from 'vitest';
import { neededRole, parseRole, permission, type Act, type Role } from './roles.js';

const acts = Object.keys(neededRole) as Act[];

describe('permission', () => {
  it('lets a viewer do nothing that changes state, with the role needed in the reason', () => {
    for (const act of acts) {
      const p = permission('viewer', act);
      expect(p.allowed).toBe(false);
      if (!p.allowed) expect(p.reason).toContain(`needs the ${neededRole[act]} role`);
    }
  });

  it('lets an analyst suppress, accept and work incidents but not change the gateway', () => {
    expect(permission('analyst', 'suppress-finding').allowed).toBe(true);
    expect(permission('analyst', 'accept-risk').allowed).toBe(true);
    expect(permission('analyst', 'note-incident').allowed).toBe(true);
    expect(permission('analyst', 'act-incident').allowed).toBe(true);
    expect(permission('analyst', 'change-gateway')).toEqual({ allowed: false, reason: 'Your role (analyst) cannot do this: it needs the admin role.' });
    expect(permission('analyst', 'act-incident-gateway').allowed).toBe(false);
  });

  it('lets an admin do everything', () => {
    for (const act of acts) expect(permission('admin', act).allowed).toBe(true);
  });

  it('allows nothing without a role', () => {
    for (const act of acts) expect(permission(null, act)).toMatchObject({ allowed: false, reason: expect.stringContaining('not logged in') as string });
  });
});

describe('parseRole', () => {
  it('reads the three roles and nothing else', () => {
    for (const r of ['viewer', 'analyst', 'admin'] as Role[]) expect(parseRole(r)).toBe(r);
    for (const v of ['Admin', 'root', '', null, 1, {}]) expect(parseRole(v)).toBeNull();
  });
});
