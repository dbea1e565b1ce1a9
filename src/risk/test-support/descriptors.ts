/** Hand-made descriptors for the risk tests (plain objects, as the rules read them). */
export function baseSystem(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { name: 'demo', owner: 'Risk Team', purpose: 'Demo.', criticality: 'other', automation: 'human-review', exposure: 'internal', models: [], datasets: [], endpoints: [], llm: [], ...overrides };
}

/** A public credit model with probabilities and third-party personal training data. */
export function creditSystem(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return baseSystem({
    name: 'credit',
    criticality: 'credit',
    exposure: 'public',
    users: { scale: { requestsPerDay: 5000, peopleAffected: 20000 } },
    models: [{ name: 'scorer', path: 'models/scorer.onnx', format: 'onnx', trainingData: ['train'], deployedAt: ['api'] }],
    datasets: [
      { name: 'train', path: 'data/train.csv', role: 'train', source: 'third-party', personalData: true },
      { name: 'eval', path: 'data/eval.csv', role: 'eval', source: 'internal', personalData: true },
    ],
    endpoints: [{ name: 'api', url: 'https://x.example/score', auth: 'api-key', rateLimit: null, outputDetail: 'probabilities' }],
    ...overrides,
  });
}

/** An LLM assistant with tools and retrieval. */
export function assistantSystem(llm: Record<string, unknown> = {}, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return baseSystem({
    name: 'assistant',
    exposure: 'public',
    llm: [{ name: 'bot', provider: 'openai', model: 'gpt', tools: [], retrieval: [], ...llm }],
    ...overrides,
  });
}
