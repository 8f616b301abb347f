/**
 * What the trainer views need of a simulation scenario (`content/scenarios/<id>.yaml`): its title, role,
 * intro, hints and expected steps. Read leniently, because the scenario schema belongs to the simulator: a
 * file this reader cannot understand is left out (the simulator's own build check reports it).
 */

export interface OutlineStep {
  id: string;
  /** What to do (« Cliquer sur « Enregistrer » »). */
  title: string;
  /** Why. */
  explanation: string;
  /** Accessible name of the control to use, when there is one. */
  target?: string;
}

export interface ScenarioOutline {
  id: string;
  title: string;
  module?: string;
  lesson?: string;
  role?: string;
  intro?: string;
  /** The scenario's hints: the pitfalls of the fiche réflexe. */
  hints: string[];
  steps: OutlineStep[];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The outline of a parsed scenario file, or `null` when it lacks an id, a title or well-formed steps. */
export function scenarioOutline(data: unknown): ScenarioOutline | null {
  if (!data || typeof data !== 'object') return null;
  const d = data as Record<string, unknown>;
  const id = text(d['id']);
  const title = text(d['title']);
  if (!id || !title || !Array.isArray(d['steps'])) return null;
  const steps: OutlineStep[] = [];
  for (const raw of d['steps'] as unknown[]) {
    const s = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const stepId = text(s['id']);
    const stepTitle = text(s['title']);
    if (!stepId || !stepTitle) return null;
    const target = text(s['target']);
    steps.push({ id: stepId, title: stepTitle, explanation: text(s['explanation']) ?? '', ...(target ? { target } : {}) });
  }
  const optional: Partial<ScenarioOutline> = {};
  for (const key of ['module', 'lesson', 'role', 'intro'] as const) {
    const value = text(d[key]);
    if (value) optional[key] = value;
  }
  const hints = Array.isArray(d['hints']) ? (d['hints'] as unknown[]).map(text).filter((h): h is string => h !== undefined) : [];
  return { id, title, ...optional, hints, steps };
}
