// Worker-thread bootstrap: registers tsx's loader in this thread (a worker does not inherit a test
// runner's transform), then loads the TypeScript worker. Plain JS so it can load without a loader.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
