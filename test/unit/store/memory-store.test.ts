import { MemoryMessageStore } from '../../../electron/fix/store/memory-store.js';
import { describeStoreContract } from './store-contract.js';

describeStoreContract('MemoryMessageStore', (now) => new MemoryMessageStore(now));
