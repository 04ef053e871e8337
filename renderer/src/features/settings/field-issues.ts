// Main validates every settings change (electron/settings schemas) and answers with one line naming each field:
// "settings:save-profile: invalid request (trading.port: must be from 1 to 65535; …)" from the IPC gate, or
// "Profile not saved: trading.port: must be from 1 to 65535; …." from the store. The form shows each reason beside
// its field; what names no field is shown above the form.
export interface Issues {
  /** Field path ("trading.port", "hotkeys.buy", "qtyPresets.BTC/USD[0]") → main's words. */
  readonly fields: Readonly<Record<string, string>>;
  readonly general: readonly string[];
}

export const NO_ISSUES: Issues = { fields: {}, general: [] };

function body(reason: string): string {
  const gate = /invalid request \((.*)\)$/s.exec(reason);
  if (gate?.[1] !== undefined) return gate[1];
  const store = /^[A-Z][\w ]* not (?:saved|stored): (.*?)\.?$/s.exec(reason);
  return store?.[1] ?? reason;
}

/** Main's reason without the channel or store prefix, for a status line ("trading.port: must be …"). */
export function refusalText(reason: string): string {
  return body(reason);
}

export function parseIssues(reason: string): Issues {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const part of body(reason).split('; ')) {
    const m = /^([A-Za-z][\w.[\]/:*-]*?): (.+)$/s.exec(part.replace(/ \(and \d+ more\)$/, ''));
    // The gate joins array indexes with dots ("qtyPresets.BTC/USD.0"), the store brackets them ("…[0]").
    const path = m?.[1]?.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
    if (m === null || path === undefined || m[2] === undefined) general.push(part);
    else fields[path] ??= m[2];
  }
  return { fields, general };
}

/** The first issue at or under a path ("qtyPresets.BTC/USD" finds "qtyPresets.BTC/USD[0]"). */
export function issueAt(issues: Issues, path: string): string | undefined {
  const exact = issues.fields[path];
  if (exact !== undefined) return exact;
  const under = Object.keys(issues.fields).find((k) => k.startsWith(`${path}.`) || k.startsWith(`${path}[`));
  if (under === undefined) return undefined;
  const index = /^\[(\d+)\]/.exec(under.slice(path.length));
  const prefix = index !== null ? `item ${Number(index[1]) + 1}: ` : `${under.slice(path.length + 1)}: `;
  return prefix + issues.fields[under];
}

/** Paths the form does not show a field for, with their reasons, for the summary above the form. */
export function unplacedIssues(issues: Issues, shown: readonly string[]): string[] {
  const placed = (k: string): boolean => shown.some((p) => k === p || k.startsWith(`${p}.`) || k.startsWith(`${p}[`));
  return [
    ...issues.general,
    ...Object.entries(issues.fields)
      .filter(([k]) => !placed(k))
      .map(([k, v]) => `${k}: ${v}`),
  ];
}
