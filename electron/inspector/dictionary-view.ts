// The dictionary as the inspector needs it: tag → name and enum labels, MsgType → name. Sent once per renderer
// (a few tens of KB), so message records stay raw text and the renderer decorates them itself.
import type { Dictionary } from '../fix/codec/dictionary/index.js';
import type { DictionaryView } from '../../shared/domain/fix-messages.js';

export function dictionaryView(d: Dictionary): DictionaryView {
  const fields = [...d.fields.values()].map((f) =>
    f.enums !== undefined && f.enums.size > 0
      ? { tag: f.tag, name: f.name, values: Object.fromEntries(f.enums) }
      : { tag: f.tag, name: f.name },
  );
  const messages = Object.fromEntries([...d.messages.values()].map((m) => [m.msgType, m.name]));
  return { fields, messages };
}
