// node:path in the explorer page: only joining and naming, for the data files' paths.

export function join(...parts: string[]): string {
  return parts
    .filter((p) => p !== '')
    .join('/')
    .replace(/\/+/g, '/');
}
export function basename(path: string): string {
  return path.split('/').pop() ?? '';
}
export function dirname(path: string): string {
  return path.split('/').slice(0, -1).join('/') || '/';
}
export function resolve(...parts: string[]): string {
  return join(...parts);
}
export function isAbsolute(path: string): boolean {
  return path.startsWith('/');
}
export const sep = '/';
export default { join, basename, dirname, resolve, isAbsolute, sep };
