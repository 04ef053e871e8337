export { MessageJournal, type JournalInput, type JournalOptions } from './message-journal.js';
export { dictionaryView } from './dictionary-view.js';
