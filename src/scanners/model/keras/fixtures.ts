import { zipSync } from 'fflate';

/**
 * Builders of Keras v3 `.keras` archives for tests: config.json, metadata.json and a weights
 * member, zipped with fflate in the order keras.saving writes them.
 */

/** A Keras layer entry as config.json stores it. */
export function kerasLayer(module: string | null, className: string, config: unknown = {}, registeredName: string | null = null): Record<string, unknown> {
  return { module, class_name: className, config, registered_name: registeredName };
}

/** A Sequential model config holding `layers`. */
export function kerasSequential(...layers: unknown[]): Record<string, unknown> {
  return { module: 'keras', class_name: 'Sequential', config: { name: 'sequential', trainable: true, layers }, registered_name: null, build_config: { input_shape: [null, 4] } };
}

/** A `.keras` archive with this config (object or raw text), compressed or stored. */
export function buildKerasArchive(config: unknown, options: { kerasVersion?: string; level?: 0 | 6; extra?: Record<string, Uint8Array> } = {}): Uint8Array {
  const text = typeof config === 'string' ? config : JSON.stringify(config);
  const level = options.level ?? 6;
  return zipSync(
    {
      'metadata.json': [new TextEncoder().encode(JSON.stringify({ keras_version: options.kerasVersion ?? '3.8.0', date_saved: '2025-01-01@00:00:00' })), { level }],
      'config.json': [new TextEncoder().encode(text), { level }],
      'model.weights.h5': [new Uint8Array(64), { level: 0 }],
      ...Object.fromEntries(Object.entries(options.extra ?? {}).map(([k, v]) => [k, [v, { level }]])),
    },
  );
}
