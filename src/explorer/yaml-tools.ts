// The YAML box: edits are validated and run as the analyst types; the text can be downloaded or
// copied, and the page's link (with the state in its fragment) copied to share.
/// <reference lib="dom" />

export function wireYamlTools(box: HTMLTextAreaElement, file: string, onEdit: () => void): void {
  box.addEventListener('input', onEdit);
  document.getElementById('download')!.addEventListener('click', () => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([box.value], { type: 'text/yaml' }));
    a.download = file.split('/').pop() ?? 'scenario.yaml';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  const copy = (text: string) => {
    navigator.clipboard?.writeText(text).catch(() => {
      // Clipboard access can be refused to a page opened from disk: the text stays selected instead.
    });
  };
  document.getElementById('copy')!.addEventListener('click', () => {
    box.select();
    copy(box.value);
  });
  document.getElementById('copy-link')!.addEventListener('click', () => {
    const link = document.getElementById('share') as HTMLInputElement;
    link.select();
    copy(link.value);
  });
}
