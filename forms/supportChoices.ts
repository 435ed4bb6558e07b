/** What a support session was about and where it happened: the Veldwerk form and the Ondersteuning tab share these. */
export const SUPPORT_TOPICS = [
  'Toestel',
  'App',
  'Website',
  'E-mailadres',
  'itsme',
  'Online werk zoeken',
  'Online tegemoetkoming aanvragen',
  'Internetaansluiting',
  'Andere',
] as const;

export const SUPPORT_PLACES = ['Thuis', 'Op locatie', 'Digipunt'] as const;
