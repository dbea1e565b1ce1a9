/**
 * Statistics for the data checks, the gateway and the monitor: seeded randomness, descriptive
 * statistics, binning, distribution distances and two-sample tests, Evidently-compatible column
 * drift, NannyML-compatible chunked drift, mergeable column profiles (KLL quantile sketches) with
 * drift between profiles, and multivariate drift by PCA reconstruction error.
 */
export { createRng, normal, randomBytes, randomInt, sample, shuffle, type Rng } from './random.js';
export { describe, mean, quantile, quantileSorted, std, type Description } from './describe.js';
export { binomialSf, logBinomialSf } from './binomial.js';
export { chiSquareSf, gammaP, gammaQ, logGamma } from './gamma.js';
export { erf, erfc, normalCdf, normalSf } from './normal.js';
export { normalQuantile } from './normal-quantile.js';
export { SHAPIRO_WILK_MAX_N, SHAPIRO_WILK_MIN_N, shapiroWilk, shapiroWilkCoefficients, type ShapiroWilkResult } from './shapiro-wilk.js';
export { kolmogorovSf, smirnovSf } from './kolmogorov.js';
export { ksStatistic, ksTwoSample, ksTwoSampleSorted, type KsMethod, type KsResult } from './ks.js';
export { normedWassersteinDistance, wassersteinDistance, wassersteinDistanceSorted } from './wasserstein.js';
export { betaInc, logBeta, studentTSf } from './beta.js';
export { besselK } from './bessel.js';
export { andersonKSample, type AndersonKSampleResult } from './anderson-ksamp.js';
export { cramerVonMises2Sample, cramerVonMisesLimitCdf, type CramerVonMisesResult } from './cramer-von-mises.js';
export { energyDistanceSorted } from './energy-distance.js';
export { eppsSingleton2Sample, type EppsSingletonResult } from './epps-singleton.js';
export { fisherExact, type FisherExactResult } from './fisher-exact.js';
export { gTest } from './g-test.js';
export { hellingerCategorical, hellingerNumerical } from './hellinger.js';
export { mannWhitneyU, type MannWhitneyAlternative, type MannWhitneyResult } from './mann-whitney.js';
export { empiricalMmdTest, mmdKernelSigma, MMD_MAX_VALUES, type MmdTestResult } from './mmd.js';
export { tTestIndependent, type TTestResult } from './t-test.js';
export { totalVariationDistance, tvdPermutationTest, type TvdTestResult } from './tvd.js';
export { categoriesOf, categoryCounts, histogram, linspace, quantileEdges, sturgesEdges, sturgesEdgesOfRange, type Category } from './histogram.js';
export { fillZeroShares, jensenShannonDistance, klDivergence, psiScore } from './divergence.js';
export { psi, type PsiOptions } from './psi.js';
export { chiSquareGoodnessOfFit, chiSquareHomogeneity, type ChiSquareResult } from './chi-square.js';
export { twoProportionZTest, type ZTestResult } from './z-test.js';
export { wilsonInterval, z95 } from './wilson.js';
export { driftMethodNames, driftMethods, evidentlyBinnedShares, type DriftColumnType, type DriftMethod, type DriftMethodName } from './drift-methods.js';
export { DriftSample } from './drift-sample.js';
export { columnDrift, datasetDriftShare, defaultDriftMethod, prepareDriftColumn, type ColumnDriftOptions, type DriftResult } from './drift.js';
export { logRocSample, pointAtFpr, rocAuc, rocCurve, tprAtFpr, type RocCurve, type RocSample } from './roc.js';
export { MAX_EIGEN_SIZE, symmetricEigen, type SymmetricEigen } from './symmetric-eigen.js';
export * from './chunked/index.js';
export * from './profile/index.js';
export * from './multivariate/index.js';
