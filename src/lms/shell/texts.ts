/**
 * What the launch shell tells the learner about the LMS, in words that match what was stored: the banner
 * while the course runs, the quit page after it. Pure (the shell's page script puts them in the page).
 */
import type { InteractionEntry } from '../tracking-port';
import type { Refusal, SaveStatus, Transmission } from './types';

const NBSP = '\u00a0';

/** « 1 donnée », « 3 données ». */
const data = (n: number): string => `${n}${NBSP}donnée${n > 1 ? 's' : ''}`;

/** The banner's text, or `null` when it is hidden (everything sent was stored). */
export function bannerText(status: SaveStatus, refusals: readonly Refusal[], embedded: boolean): string | null {
  if (status === 'failed') {
    return embedded
      ? `La progression n’a pas pu être enregistrée dans ce navigateur${NBSP}; elle est gardée dans la page et sera enregistrée de nouveau.`
      : `La progression n’a pas pu être enregistrée sur la plateforme${NBSP}; elle est conservée et sera renvoyée.`;
  }
  if (status === 'partial' && refusals.length > 0) {
    const where = embedded ? 'Ce navigateur' : 'La plateforme de formation';
    return `${where} a refusé ${data(refusals.length)} (${refusals.map((r) => r.what).join(', ')})${NBSP}; le reste de votre progression est bien enregistré.`;
  }
  return null;
}

/** The quit page: its sentence and, when some values were refused, the list of what was not stored. */
export function endedText(transmission: Transmission, embedded: boolean): { text: string; notStored: string[] } {
  const notStored = transmission.refusals.map((r) => `${r.what} (refusée par ${embedded ? 'ce navigateur' : 'la plateforme'}, code ${r.error.code})`);
  if (transmission.pending) {
    return {
      text: embedded
        ? 'Votre progression n’a pas pu être entièrement enregistrée dans ce navigateur. Gardez cette fenêtre ouverte et reprenez le parcours pour réessayer.'
        : 'Votre progression n’a pas pu être entièrement transmise à la plateforme de formation. Elle est gardée dans ce navigateur et lui sera renvoyée au prochain lancement du cours depuis ce navigateur.',
      notStored,
    };
  }
  if (notStored.length > 0) {
    return {
      text: `Votre progression a été ${embedded ? 'enregistrée dans ce navigateur' : 'transmise à la plateforme de formation'}, sauf ${notStored.length > 1 ? 'ces données, refusées' : 'cette donnée, refusée'}${NBSP}:`,
      notStored,
    };
  }
  return {
    text: embedded
      ? 'Votre progression est enregistrée dans ce navigateur. Vous pouvez fermer cette fenêtre ou reprendre le parcours.'
      : 'Votre progression a été transmise à la plateforme de formation. Vous pouvez fermer cette fenêtre.',
    notStored,
  };
}

/** A question as the learner knows it: the start of its text (its id when the text is unknown). */
export function questionLabel(entry: InteractionEntry): string {
  const text = entry.description?.replace(/\s+/g, ' ').trim();
  if (!text) return `la réponse à la question ${entry.record.id}`;
  return `la réponse à la question « ${text.length > 60 ? `${text.slice(0, 59).trimEnd()}…` : text} »`;
}

/** An évaluation exercise's result as the learner knows it. */
export function exerciseLabel(title: string): string {
  return `le résultat de l’exercice « ${title} »`;
}
