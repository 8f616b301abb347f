/**
 * The trainer's steps, derived from the rendered lessons so that nothing is written twice: a lesson is split
 * at its `##` sections (the text before the first `##` is a step of its own), then every question of an
 * embedded quiz and every step of an embedded simulation démonstration becomes a step.
 *
 * The trainer pages render each lesson inside markers the splitter recognises (plain custom elements that
 * never nest):
 * - `<presenter-lesson data-id="…">…</presenter-lesson>` around each lesson;
 * - `<presenter-notes>…</presenter-notes>` around each `<NotesFormateur>` block;
 * - `<presenter-quiz data-bank="…">…</presenter-quiz>` where a lesson embeds `<Quiz bank>`;
 * - `<presenter-sim data-scenario="…" data-mode="…">…</presenter-sim>` where it embeds `<Simulation>`.
 */

/** What a step shows. */
export type StepKind = 'section' | 'question' | 'demo' | 'exercise';

/** One step of the class. Plain data: it travels in island props. */
export interface Step {
  /** Stable key, unique in the deck (`m1-espaces/s2`, `m1-espaces/q/m1c-x`, `m2-x/demo/m2-demo/creer`). */
  key: string;
  kind: StepKind;
  /** Short title, shown in the presenter's « next » pane and the go-to list. */
  title: string;
  /** The lesson section (0 = the text before the first `##`) the step belongs to. */
  section: number;
  /** Question steps: the bank and the question. */
  bank?: string;
  questionId?: string;
  /** Démonstration and exercise steps: the scenario, and for a démonstration the index of its step. */
  scenarioId?: string;
  scenarioStep?: number;
  /** Whether R has something to reveal on this step (a quiz answer). */
  revealable: boolean;
}

/** A lesson and its steps, in programme order. */
export interface LessonDeck {
  id: string;
  title: string;
  moduleId: string;
  moduleTitle: string;
  /** Nominal minutes from course.yaml. */
  minutes: number;
  /** An optional lesson (annex): outside the day plan. */
  optional?: boolean;
  steps: Step[];
}

/** Every lesson of the class in programme order. */
export type Deck = readonly LessonDeck[];

/** A simulation embedded in a lesson. */
export interface EmbeddedSimulation {
  scenario: string;
  mode: string;
}

/** One `##` section of a rendered lesson (or the text before the first one). */
export interface RenderedSection {
  /** Text of the `<h2>`, `null` for the intro. */
  title: string | null;
  /** Its HTML, markers included. */
  html: string;
  /** Embedded activities, in document order. */
  embeds: Array<{ type: 'quiz'; bank: string } | ({ type: 'simulation' } & EmbeddedSimulation)>;
}

/** A rendered lesson, split. */
export interface SplitLesson {
  id: string;
  sections: RenderedSection[];
  /** HTML of each trainer's notes block, in order (removed from the sections). */
  notes: string[];
}

/** What the step builder needs to know of quizzes and scenarios. */
export interface StepCatalog {
  /** The questions shown in class for a bank, in order; `undefined` for an unknown bank. */
  questions(bank: string): ReadonlyArray<{ id: string }> | undefined;
  /** A scenario's title and step titles; `undefined` when there is no such scenario (yet). */
  scenario(id: string): { title: string; steps: ReadonlyArray<{ id: string; title: string }> } | undefined;
}

const LESSON = /<presenter-lesson data-id="([^"]*)">([\s\S]*?)<\/presenter-lesson>/g;
const NOTES = /<presenter-notes>([\s\S]*?)<\/presenter-notes>/g;
const EMBED = /<presenter-(quiz|sim)\b([^>]*)>/g;
const H2 = /<h2\b[^>]*>([\s\S]*?)<\/h2>/g;
const EMBED_TEST = /<presenter-(quiz|sim)\b/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text content of an HTML fragment: tags removed, the common entities decoded, spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
}

function attribute(attrs: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)?.[1];
}

/** Whether a fragment holds nothing to show (only white space, comments or empty markers). */
function isBlank(html: string): boolean {
  return html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, '').trim() === '' && !EMBED_TEST.test(html);
}

/** The lessons found in the trainer page's rendered HTML, in document order. */
export function splitLessons(html: string): SplitLesson[] {
  return [...html.matchAll(LESSON)].map((match) => splitLesson(match[1] ?? '', match[2] ?? ''));
}

/** Splits one rendered lesson into its sections and takes its trainer's notes out. */
export function splitLesson(id: string, html: string): SplitLesson {
  const notes: string[] = [];
  const body = html.replace(NOTES, (_whole, inner: string) => {
    notes.push(inner.trim());
    return '';
  });
  const starts = [...body.matchAll(H2)].map((match) => ({ index: match.index, title: textOf(match[1] ?? '') }));
  const sections: RenderedSection[] = [];
  const intro = body.slice(0, starts[0]?.index ?? body.length);
  if (!isBlank(intro) || starts.length === 0) sections.push(section(null, intro));
  starts.forEach((start, i) => {
    sections.push(section(start.title, body.slice(start.index, starts[i + 1]?.index ?? body.length)));
  });
  return { id, sections, notes };
}

function section(title: string | null, html: string): RenderedSection {
  const embeds: RenderedSection['embeds'] = [];
  for (const match of html.matchAll(EMBED)) {
    const attrs = match[2] ?? '';
    if (match[1] === 'quiz') {
      const bank = attribute(attrs, 'data-bank');
      if (bank) embeds.push({ type: 'quiz', bank });
    } else {
      const scenario = attribute(attrs, 'data-scenario');
      if (scenario) embeds.push({ type: 'simulation', scenario, mode: attribute(attrs, 'data-mode') ?? '' });
    }
  }
  return { title, html: html.trim(), embeds };
}

/** Whether a `<Simulation mode>` is a démonstration (the trainer walks the class through its steps). */
export function isDemonstration(mode: string): boolean {
  return /^d[ée]mo/i.test(mode.normalize('NFC'));
}

/**
 * The steps of a split lesson: one per section, followed by one per question of each quiz it embeds and
 * one per step of each démonstration (an entraînement or évaluation is one step: the trainer operates it).
 * Embeds the catalogue does not know (a scenario not written yet) add no step.
 */
export function lessonSteps(lesson: Pick<SplitLesson, 'id' | 'sections'>, lessonTitle: string, catalog: StepCatalog): Step[] {
  const steps: Step[] = [];
  const keys = new Set<string>();
  const push = (step: Step) => {
    // A lesson may embed the same quiz or scenario twice: later copies get a suffix so keys stay unique.
    let key = step.key;
    for (let n = 2; keys.has(key); n++) key = `${step.key}~${n}`;
    keys.add(key);
    steps.push({ ...step, key });
  };
  lesson.sections.forEach((sec, index) => {
    push({ key: `${lesson.id}/s${index}`, kind: 'section', title: sec.title ?? lessonTitle, section: index, revealable: false });
    for (const embed of sec.embeds) {
      if (embed.type === 'quiz') {
        const questions = catalog.questions(embed.bank) ?? [];
        questions.forEach((question, i) => {
          push({
            key: `${lesson.id}/q/${question.id}`,
            kind: 'question',
            title: `Question ${i + 1} sur ${questions.length}`,
            section: index,
            bank: embed.bank,
            questionId: question.id,
            revealable: true,
          });
        });
        continue;
      }
      const scenario = catalog.scenario(embed.scenario);
      if (!scenario) continue;
      if (isDemonstration(embed.mode)) {
        scenario.steps.forEach((step, i) => {
          push({
            key: `${lesson.id}/demo/${embed.scenario}/${step.id}`,
            kind: 'demo',
            title: step.title,
            section: index,
            scenarioId: embed.scenario,
            scenarioStep: i,
            revealable: false,
          });
        });
      } else {
        push({ key: `${lesson.id}/exercise/${embed.scenario}`, kind: 'exercise', title: `Exercice : ${scenario.title}`, section: index, scenarioId: embed.scenario, revealable: false });
      }
    }
  });
  return steps;
}

/**
 * Gives the heading ids of a fragment a prefix, so several lessons can share one page without duplicate ids
 * (each lesson has its own « À retenir », for example). Only headings carry ids in rendered lessons.
 */
export function prefixHeadingIds(html: string, prefix: string): string {
  return html.replace(/(<h[1-6]\b[^>]*\sid=")([^"]*)"/g, (_whole, head: string, id: string) => `${head}${prefix}${id}"`);
}

/** Moves every heading of a fragment `by` levels down (h2 → h4 with `by` = 2), never below h6. */
export function demoteHeadings(html: string, by: number): string {
  return html.replace(/<(\/?)h([1-6])\b/g, (_whole, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}`);
}
