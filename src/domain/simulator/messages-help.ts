/** Messages of « Nous contacter » (ClaudIA, live agent, sollicitation form). */
import type { MessageTable } from './messages-core';

export const helpMessages = {
  'help.agentClosed': () =>
    "Aucun agent n'est disponible : la discussion en ligne est ouverte les jours ouvrés de 8 h 30 à 18 h 30. Envoyez plutôt une demande d'aide écrite.",
  'help.categoryUnknown': () => 'Choisissez une catégorie dans la liste.',
  'help.subCategoryUnknown': () => "Cette sous-catégorie n'existe pas pour la catégorie choisie : choisissez-en une dans la liste.",
  'help.captchaWrong': () => 'La réponse au captcha est incorrecte : recopiez le résultat demandé.',
  'help.ticketUnknown': () => "Cette sollicitation ne fait pas partie de celles que vous avez émises en étant connecté.",
  'help.ticketClosed': () => 'Cette sollicitation est déjà clôturée.',
} satisfies MessageTable;
