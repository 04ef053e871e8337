// QuickFIX log timestamps: UTC `YYYYMMDD-HH:MM:SS.sss`, the same shape as FIX UTCTimestamp with milliseconds.

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatLogTimestamp(time: Date): string {
  return (
    pad(time.getUTCFullYear(), 4) +
    pad(time.getUTCMonth() + 1, 2) +
    pad(time.getUTCDate(), 2) +
    '-' +
    pad(time.getUTCHours(), 2) +
    ':' +
    pad(time.getUTCMinutes(), 2) +
    ':' +
    pad(time.getUTCSeconds(), 2) +
    '.' +
    pad(time.getUTCMilliseconds(), 3)
  );
}

/** One log line without its newline: `<timestamp> : <text>`. */
export function formatLogLine(time: Date, text: string): string {
  return `${formatLogTimestamp(time)} : ${text}`;
}
