// node:url in the explorer page: file URLs become paths, as on a Unix machine.

export function fileURLToPath(url: string | URL): string {
  const text = String(url);
  return decodeURIComponent(text.startsWith('file://') ? text.slice('file://'.length) : text);
}
export function pathToFileURL(path: string): URL {
  return new URL(`file://${path}`);
}
export default { fileURLToPath, pathToFileURL };
