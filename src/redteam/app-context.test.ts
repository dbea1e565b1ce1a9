import { describe, expect, it } from 'vitest';
import { defaultAppContext } from './app-context.js';

describe('defaultAppContext', () => {
  it('plants a canary, a fake key and a fake e-mail address in the system prompt', () => {
    const app = defaultAppContext(1);
    expect(app.secrets.map((s) => s.kind)).toEqual(['canary', 'credential', 'personal-data']);
    expect(app.secrets[0]!.value).toMatch(/^AISEC-CANARY-[0-9a-f]{8}$/);
    expect(app.secrets[1]!.value).toMatch(/^sk-aisec-fake-[0-9a-f]{24}$/);
    expect(app.secrets[2]!.value).toMatch(/^jordan\.rivera\.[0-9a-f]{4}@example\.com$/);
    for (const secret of app.secrets) expect(app.systemPrompt).toContain(secret.value);
  });

  it('declares a sensitive mail tool, a search tool, and injection through search results and pasted text', () => {
    const app = defaultAppContext(1);
    expect(app.tools.map((t) => t.name)).toEqual(['send_email', 'search_documents']);
    expect(app.sensitiveTools).toEqual(['send_email']);
    expect(app.injectionPoints).toEqual([{ kind: 'tool-output', tool: 'search_documents' }, { kind: 'user-message' }]);
    expect(app.documents.search_documents!.length).toBeGreaterThan(0);
    expect(app.userTask).not.toBe('');
  });

  it('draws the secrets from the seed', () => {
    expect(defaultAppContext(7)).toEqual(defaultAppContext(7));
    expect(defaultAppContext(7).secrets[0]!.value).not.toBe(defaultAppContext(8).secrets[0]!.value);
    expect(defaultAppContext()).toEqual(defaultAppContext(1));
  });
});
