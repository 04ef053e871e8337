// Thin adapter: the settings KeyValue over electron-store in the Electron main process. Imports electron, so only
// electron/main.ts may import this file (never a test or plain-Node code; see conf-kv.ts for the tested logic).
import path from 'node:path';
import { app } from 'electron';
import ElectronStore from 'electron-store';
import { ConfKeyValue } from './conf-kv.js';

/** Opens <userData>/<name>.json; call after app 'ready'. Dot notation is off: keys are plain names. */
export function openElectronStoreKeyValue(name = 'settings'): ConfKeyValue {
  const file = path.join(app.getPath('userData'), `${name}.json`);
  return ConfKeyValue.open(
    file,
    () =>
      new ElectronStore<Record<string, unknown>>({ name, accessPropertiesByDotNotation: false, configFileMode: 0o600 }),
  );
}
