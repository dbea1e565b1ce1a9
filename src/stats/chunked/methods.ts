/** The NannyML-compatible univariate methods, listed once. */
import { chi2Method } from './methods/chi2.js';
import { hellingerMethod } from './methods/hellinger.js';
import { jensenShannonMethod } from './methods/jensen-shannon.js';
import { kolmogorovSmirnovMethod } from './methods/kolmogorov-smirnov.js';
import { lInfinityMethod } from './methods/l-infinity.js';
import type { NannymlMethod, NannymlMethodKey } from './methods/method.js';
import { wassersteinMethod } from './methods/wasserstein.js';

/** Every method by key. */
export const nannymlMethods: Readonly<Record<NannymlMethodKey, NannymlMethod>> = Object.freeze({
  jensen_shannon: jensenShannonMethod,
  hellinger: hellingerMethod,
  kolmogorov_smirnov: kolmogorovSmirnovMethod,
  wasserstein: wassersteinMethod,
  chi2: chi2Method,
  l_infinity: lInfinityMethod,
});

/** The method keys, in NannyML's order. */
export const nannymlMethodKeys = Object.freeze(Object.keys(nannymlMethods) as NannymlMethodKey[]);
