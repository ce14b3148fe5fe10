/**
 * The entry of a verification thread (verify-records.ts). Plain JavaScript that registers
 * tsx before loading the TypeScript: a worker does not inherit the loader of a test runner
 * (vitest), only of `node --import tsx`, where registering again does no harm.
 */
import { register } from 'tsx/esm/api';

register();
const { serve } = await import('./verify-thread.ts');
serve();
