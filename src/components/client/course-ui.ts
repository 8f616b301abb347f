/**
 * The course's page script (every page): sends a page opened on its own to the launch shell (deep-link.ts),
 * takes the learner record from the shell, tracks the current lesson, and keeps the progress shown in the
 * page (bar, time left, statuses, « Reprendre ») in step with the record. The record's home is the LMS (or
 * the embedded LMS) behind the shell: pages write nothing to the browser themselves.
 * Plain DOM updates on server-rendered markup: text-only pages stay light (no UI framework needed here).
 */
import { formatMinutes, lessonStatus, moduleStatus, progress, resumeLesson, type Plan } from '../../domain/course/plan';
import { trackLessonTime } from '../../reactions/lesson-time';
import { shellAddress } from '../../lms/deep-link';
import { startTracking } from '../../reactions/tracking';
import { $plan, $record, $recordNotice, dismissRecordNotice, finishLesson, markMastered, openLesson, setPlan } from '../../stores/record';
import type { LearnerRecord } from '../../domain/record/record';

const LESSON_LABEL = { done: 'Terminée', started: 'En cours', todo: 'À faire', mastered: 'Déjà maîtrisée' } as const;
const MODULE_LABEL = { done: 'Terminé', started: 'En cours', todo: 'À faire', mastered: 'Déjà maîtrisé' } as const;

function all<T extends Element = HTMLElement>(selector: string): T[] {
  return Array.from(document.querySelectorAll<T>(selector));
}

function render(record: LearnerRecord, plan: Plan): void {
  const p = progress(record, plan);
  for (const bar of all<HTMLProgressElement>('progress[data-progress]')) bar.value = p.percent;
  for (const el of all('[data-progress-text]')) {
    el.textContent = p.complete
      ? 'Parcours terminé : toutes les leçons sont faites.'
      : `${p.percent}\u00a0% du parcours · ${p.lessonsDone}\u00a0leçon${p.lessonsDone > 1 ? 's' : ''} sur ${p.lessonsTotal} · reste environ ${formatMinutes(p.minutesLeft)}`;
  }
  const lessons = new Map(plan.lessons.map((l) => [l.id, l]));
  for (const el of all('[data-lesson-status]')) {
    const lesson = lessons.get(el.dataset['lessonStatus'] ?? '');
    if (!lesson) continue;
    const status = lessonStatus(record, lesson);
    el.dataset['state'] = status;
    el.textContent = LESSON_LABEL[status];
  }
  for (const el of all('[data-module-status]')) {
    const status = moduleStatus(record, plan, el.dataset['moduleStatus'] ?? '');
    el.dataset['state'] = status;
    el.textContent = MODULE_LABEL[status];
  }
  for (const button of all<HTMLButtonElement>('button[data-unmaster]')) {
    button.hidden = !record.mastered.includes(button.dataset['unmaster'] ?? '');
  }
  // The learner's name, as the LMS gives it (or as typed for the attestation).
  for (const el of all('[data-learner-greeting]')) {
    const name = record.learnerName?.trim() ?? '';
    el.textContent = name ? `Bonjour ${name}\u202f!` : '';
    el.hidden = name === '';
  }
  const resume = resumeLesson(record, plan);
  for (const link of all<HTMLAnchorElement>('a[data-resume]')) {
    if (!resume) continue;
    link.href = `${link.dataset['resume'] ?? ''}lecons/${resume}.html`;
    const label = link.querySelector('[data-resume-label]');
    if (label) label.textContent = 'Reprendre là où vous en étiez';
    const title = document.querySelector(`[data-lesson-title="${resume}"]`)?.textContent;
    const detail = link.querySelector('[data-resume-detail]');
    if (detail && title) detail.textContent = title;
  }
  for (const button of all<HTMLButtonElement>('button[data-finish-lesson]')) {
    const lesson = lessons.get(button.dataset['finishLesson'] ?? '');
    if (!lesson) continue;
    const done = lessonStatus(record, lesson) === 'done';
    button.setAttribute('aria-pressed', String(done));
    button.textContent = done ? 'Leçon terminée ✓' : 'J’ai terminé cette leçon';
  }
}

function renderNotice(message: string | null): void {
  for (const box of all('[data-record-notice]')) {
    const text = box.querySelector('[data-record-notice-text]');
    if (text) text.textContent = message ?? '';
    box.hidden = message === null;
  }
}

/**
 * « Suivre ce module quand même »: undoes the entry test's « déjà maîtrisé ». The button then hides, so the
 * focus goes to the module's title link and the change is announced.
 */
function watchUnmaster(): void {
  for (const button of all<HTMLButtonElement>('button[data-unmaster]')) {
    button.addEventListener('click', () => {
      const moduleId = button.dataset['unmaster'] ?? '';
      markMastered(moduleId, false);
      const item = button.closest('li');
      item?.querySelector<HTMLAnchorElement>('a')?.focus();
      const title = item?.querySelector('a')?.textContent ?? '';
      for (const live of all('[data-plan-announce]')) live.textContent = `${title}\u00a0: module à suivre, il compte de nouveau pour terminer le parcours.`;
    });
  }
}

function watchLessonEnd(lessonId: string, hasActivities: boolean): void {
  for (const button of all<HTMLButtonElement>('button[data-finish-lesson]')) {
    button.addEventListener('click', () => finishLesson(lessonId));
  }
  const end = document.querySelector('[data-lesson-end]');
  if (!end || hasActivities || !('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) {
      finishLesson(lessonId);
      observer.disconnect();
    }
  });
  observer.observe(end);
}

/**
 * Glossary terms. Escape hides the definition under the pointer or focus (WCAG 1.4.13: dismissible). A tap
 * (touch or pen) shows the definition in place instead of leaving the lesson for the glossary; another tap on
 * the term or elsewhere closes it. Mouse and keyboard keep the link: hover or focus shows, Enter follows.
 */
function glossaryTerms(): void {
  const close = () => {
    for (const term of all('.terme--ouvert')) {
      term.classList.remove('terme--ouvert');
      term.querySelector('a')?.setAttribute('aria-expanded', 'false');
    }
  };
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    close();
    for (const term of all('.terme')) term.classList.add('terme--ferme');
  });
  const reopen = (event: Event) => (event.target as Element | null)?.closest?.('.terme')?.classList.remove('terme--ferme');
  document.addEventListener('focusin', reopen);
  document.addEventListener('mouseover', reopen);
  let touch = false;
  document.addEventListener('pointerdown', (event) => (touch = event.pointerType !== 'mouse'), true);
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('.terme > a');
    const term = link?.parentElement;
    if (!link || !term || !touch) {
      if (!(event.target as Element | null)?.closest?.('.terme__def')) close();
      return;
    }
    event.preventDefault();
    const open = !term.classList.contains('terme--ouvert');
    close();
    term.classList.toggle('terme--ouvert', open);
    term.classList.remove('terme--ferme');
    link.setAttribute('aria-expanded', String(open));
  });
}

/**
 * Where the progress is kept: the launch shell marks itself `data-lms="embarque"` when it plays the embedded
 * LMS (no platform found: this browser keeps the record). Texts that are true in one case only
 * (`data-lms-only`) show in that case.
 */
function showStorageTexts(): void {
  let mode = 'plateforme';
  try {
    if (window.parent !== window && window.parent.document.documentElement.dataset['lms'] === 'embarque') mode = 'embarque';
  } catch {
    // Not the course's own shell (another origin): a platform.
  }
  document.documentElement.dataset['lms'] = mode;
  for (const el of all('[data-lms-only]')) el.hidden = el.dataset['lmsOnly'] !== mode;
}

function boot(): void {
  // Opened on its own (not in the shell's frame): the shell shows this page, with the launch's one session.
  const shell = shellAddress(window, document.documentElement.dataset['root'] ?? './');
  if (shell) {
    window.location.replace(shell);
    return;
  }
  const data = document.getElementById('plan-data')?.textContent;
  if (data) setPlan(JSON.parse(data) as Plan);
  const lessonId = document.querySelector<HTMLElement>('[data-lesson-id]')?.dataset['lessonId'];
  if (lessonId) {
    openLesson(lessonId);
    trackLessonTime(lessonId);
    const lesson = $plan.get().lessons.find((l) => l.id === lessonId);
    watchLessonEnd(lessonId, (lesson?.activities.length ?? 0) > 0);
  }
  void startTracking();
  $record.subscribe((record) => render(record, $plan.get()));
  $recordNotice.subscribe(renderNotice);
  for (const button of all('[data-record-notice-close]')) button.addEventListener('click', dismissRecordNotice);
  glossaryTerms();
  watchUnmaster();
  // Last: `html[data-lms]`, which it sets, tells that the page has started (its buttons answer; the e2e tests wait for it).
  showStorageTexts();
}

boot();
