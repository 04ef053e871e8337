// Copies text for the trader (raw FIX, a diff). The async clipboard API needs a secure context, which both the
// Electron window and the web host on 127.0.0.1 are; its refusal is reported rather than ignored.
export async function copyText(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return 'Copied';
  } catch (err) {
    return `Not copied: ${err instanceof Error ? err.message : String(err)}`;
  }
}
