// X's exact counter loads on demand in the builder (src/lib/statement/platforms.ts
// `loadXCounter`); unit tests measure X text synchronously, so it is loaded before every file.
import { loadXCounter } from '../src/lib/statement/platforms.ts';

await loadXCounter();
