/**
 * A drill's scenario in the browser: each file of src/content/drills is its own chunk (the same
 * YAML the build checks with the content collection, through @rollup/plugin-yaml), loaded when a
 * drill in play needs it, so the crisis page never downloads the six scenarios.
 */
import { type Drill, parseDrill } from './schema.ts';

const files = import.meta.glob<{ default: unknown }>('../../content/drills/*.yaml');

const loaded = new Map<string, Promise<Drill | null>>();

/** The scenario of a drill id, parsed once; null when there is no such drill (or it cannot load: tried again next time). */
export function loadDrill(id: string): Promise<Drill | null> {
  let drill = loaded.get(id);
  if (!drill) {
    const file = files[`../../content/drills/${id}.yaml`];
    if (!file) return Promise.resolve(null);
    drill = file().then((m) => {
      const parsed = parseDrill(m.default);
      return parsed.ok ? parsed.drill : null;
    });
    drill.catch(() => loaded.delete(id));
    loaded.set(id, drill);
  }
  return drill;
}
