import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AisecError } from '../../core/errors.js';
import { checkScopes, compileScopes, coversListing, coversModel, coversRoute, parseScope } from './scopes.js';

describe('scope grammar', () => {
  it('parses every form', () => {
    expect(parseScope('*')).toEqual({ kind: 'all' });
    expect(parseScope('admin')).toEqual({ kind: 'admin' });
    expect(parseScope('route:chat')).toEqual({ kind: 'route', route: 'chat' });
    expect(parseScope('model:gpt-4o-mini')).toEqual({ kind: 'model', model: 'gpt-4o-mini' });
    expect(parseScope('model:meta-llama/Llama-3-8B')).toEqual({ kind: 'model', model: 'meta-llama/Llama-3-8B' });
    expect(parseScope('route:chat/model:org/m:1')).toEqual({ kind: 'route-model', route: 'chat', model: 'org/m:1' });
  });

  it('refuses everything else', () => {
    for (const bad of ['', ' ', '**', 'Admin', 'route:', 'route:Chat', 'route:chat/', 'route:chat/x:y', 'route:chat/model:', 'model:', 'model:a b', 'model:a\tb', 'model:\u0000', 'route:*', 'scope:x', `model:${'m'.repeat(257)}`]) {
      expect(parseScope(bad), bad).toBeUndefined();
    }
    expect(() => checkScopes(['route:chat', 'route:Chat'])).toThrow(/"route:Chat" is not valid/);
    expect(() => checkScopes(Array.from({ length: 101 }, (_, i) => `route:r${i}`))).toThrow(AisecError);
    expect(() => checkScopes(['*', 'admin', 'route:chat/model:x'])).not.toThrow();
  });

  it('grants only what a scope names; no scopes grant nothing; * is not admin', () => {
    const none = compileScopes([]);
    expect(coversRoute(none, 'chat') || coversModel(none, 'chat', 'a') || coversListing(none, 'chat', undefined)).toBe(false);
    const all = compileScopes(['*']);
    expect(coversModel(all, 'chat', 'anything') && coversListing(all, 'x', undefined)).toBe(true);
    expect(all.admin).toBe(false);
    const route = compileScopes(['route:chat']);
    expect(coversModel(route, 'chat', 'a')).toBe(true);
    expect(coversModel(route, 'other', 'a')).toBe(false);
    const model = compileScopes(['model:small']);
    expect(coversModel(model, 'chat', 'small') && coversModel(model, 'other', 'small')).toBe(true);
    expect(coversModel(model, 'chat', 'big') || coversRoute(model, 'chat')).toBe(false);
    expect(coversListing(model, 'chat', ['small', 'big'])).toBe(true);
    expect(coversListing(model, 'chat', ['big'])).toBe(false);
    const pair = compileScopes(['route:chat/model:small']);
    expect(coversModel(pair, 'chat', 'small')).toBe(true);
    expect(coversModel(pair, 'other', 'small') || coversModel(pair, 'chat', 'big')).toBe(false);
    expect(coversListing(pair, 'chat', ['big'])).toBe(true);
    expect(coversListing(pair, 'other', undefined)).toBe(false);
    const broken = compileScopes(['route:Chat', 42 as never, 'admin']);
    expect(broken.invalid).toEqual(['route:Chat', 'number']);
    expect(broken.admin && !coversRoute(broken, 'chat')).toBe(true);
  });

  it('parses a dashboard role scope, which grants no gateway route, model, listing or admin call', () => {
    expect(parseScope('role:viewer')).toEqual({ kind: 'role', role: 'viewer' });
    expect(parseScope('role:analyst')).toEqual({ kind: 'role', role: 'analyst' });
    expect(parseScope('role:admin')).toEqual({ kind: 'role', role: 'admin' });
    for (const bad of ['role:', 'role:Admin', 'role:root', 'role:admin ', 'role:*', 'roles:admin']) expect(parseScope(bad), bad).toBeUndefined();
    expect(() => checkScopes(['role:analyst'])).not.toThrow();
    expect(() => checkScopes(['role:owner'])).toThrow(/"role:owner" is not valid.*role:analyst/);
    const roles = compileScopes(['role:admin', 'role:analyst', 'role:viewer']);
    expect(roles.invalid).toEqual([]);
    expect(roles.all || roles.admin).toBe(false);
    expect(coversRoute(roles, 'chat') || coversModel(roles, 'chat', 'admin') || coversListing(roles, 'chat', undefined) || coversListing(roles, 'chat', ['admin'])).toBe(false);
    expect(roles.routes.size + roles.models.size + roles.routeModels.size).toBe(0);
    // Beside a gateway scope, the role adds nothing and takes nothing away.
    const mixed = compileScopes(['role:admin', 'route:chat']);
    expect(coversRoute(mixed, 'chat') && !coversRoute(mixed, 'other') && !mixed.admin).toBe(true);
  });

  it('property: parsing never throws and a parsed scope prints back to itself', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('route:', 'model:', 'route:a/model:').chain((p) => fc.string({ maxLength: 40 }).map((s) => p + s))), (text) => {
        const scope = parseScope(text);
        if (scope === undefined) return;
        const printed = scope.kind === 'all' ? '*' : scope.kind === 'admin' ? 'admin' : scope.kind === 'role' ? `role:${scope.role}` : scope.kind === 'route' ? `route:${scope.route}` : scope.kind === 'model' ? `model:${scope.model}` : `route:${scope.route}/model:${scope.model}`;
        expect(printed).toBe(text);
      }),
    );
  });
});
