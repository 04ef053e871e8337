// The one list of tags whose values are credentials. Every sink that leaves the process (message log, store on
// disk, inspector, tag-name rendering) masks these before writing: 554 Password (Kraken: the logon signature),
// 5025 Nonce (Kraken, signed), 96 RawData and 91 SecureData (signatures on other venues), 925 NewPassword.
export const SECRET_TAGS: ReadonlySet<number> = new Set([91, 96, 554, 925, 5025]);

export const MASK = '***';
