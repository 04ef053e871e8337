import { z } from 'zod';
import { sessionId } from './primitives.js';

export const sessionCommand = z.strictObject({ sessionId });
