export * from './lib/not-computable.model';
export * from './lib/group-count.model';
export * from './lib/normal-distribution.statistics';
export * from './lib/small-numbers.policy';
export * from './lib/relative-likelihood.statistics';
export * from './lib/fisher-exact.statistics';
export * from './lib/rate-comparison.statistics';
export * from './lib/proportion.statistics';
