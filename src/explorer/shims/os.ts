// node:os in the explorer page: the cores are the browser's.
/// <reference lib="dom" />

export function availableParallelism(): number {
  return Math.max(1, navigator.hardwareConcurrency || 1);
}
export function cpus(): unknown[] {
  return Array.from({ length: availableParallelism() }, () => ({}));
}
export function hostname(): string {
  return 'browser';
}
export function tmpdir(): string {
  return '/tmp';
}
export default { availableParallelism, cpus, hostname, tmpdir };
