// Hands CSV text to the browser as a file download (a Blob URL on a temporary link): the same in the Electron
// window and the web host, with no file system access from the renderer.
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "audit-20250314-1530.csv", local time. */
export function auditFileName(now: Date = new Date()): string {
  return `audit-${now.getFullYear()}${pad2(now.getMonth() + 1)}${pad2(now.getDate())}-${pad2(now.getHours())}${pad2(now.getMinutes())}.csv`;
}

export function downloadText(text: string, fileName: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference once started; the URL is only needed for the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
