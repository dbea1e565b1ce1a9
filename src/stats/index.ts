/**
 * Statistics for the data checks and the gateway: seeded randomness, descriptive statistics, binning,
 * distribution distances and two-sample tests, and Evidently-compatible column drift.
 */
export { createRng, normal, randomInt, sample, shuffle, type Rng } from './random.js';
export { describe, mean, quantile, quantileSorted, std, type Description } from './describe.js';
export { binomialSf, logBinomialSf } from './binomial.js';
export { chiSquareSf, gammaP, gammaQ, logGamma } from './gamma.js';
export { erf, erfc, normalCdf, normalSf } from './normal.js';
export { normalQuantile } from './normal-quantile.js';
export { SHAPIRO_WILK_MAX_N, SHAPIRO_WILK_MIN_N, shapiroWilk, shapiroWilkCoefficients, type ShapiroWilkResult } from './shapiro-wilk.js';
export { kolmogorovSf, smirnovSf } from './kolmogorov.js';
export { ksStatistic, ksTwoSample, type KsMethod, type KsResult } from './ks.js';
export { normedWassersteinDistance, wassersteinDistance } from './wasserstein.js';
export { categoriesOf, categoryCounts, histogram, linspace, quantileEdges, sturgesEdges, type Category } from './histogram.js';
export { fillZeroShares, jensenShannonDistance, klDivergence, psiScore } from './divergence.js';
export { psi, type PsiOptions } from './psi.js';
export { chiSquareGoodnessOfFit, chiSquareHomogeneity, type ChiSquareResult } from './chi-square.js';
export { twoProportionZTest, type ZTestResult } from './z-test.js';
export { wilsonInterval, z95 } from './wilson.js';
export { driftMethodNames, driftMethods, evidentlyBinnedShares, type DriftColumnType, type DriftMethod, type DriftMethodName } from './drift-methods.js';
export { columnDrift, datasetDriftShare, defaultDriftMethod, type ColumnDriftOptions, type DriftResult } from './drift.js';
export { logRocSample, pointAtFpr, rocAuc, rocCurve, tprAtFpr, type RocCurve, type RocSample } from './roc.js';
