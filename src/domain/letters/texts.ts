/** Everything the worker reads about letters, in one place (plain Dutch). */
export const LETTER_TEXTS = {
  unknownTemplate: (value: string, choices: string) =>
    `Het sjabloon "${value}" kennen we niet. Kies een van deze: ${choices}.`,
  noTemplate: (title: string) =>
    `Het sjabloon "${title}" is er niet in het Nederlands. Kies "Alles instellen" in het menu.`,
  unknownManner: (value: string) => `"${value}" kennen we niet bij Manier. Kies Post, E-mail of "E-mail, anders post".`,
  languageFallback: (language: string) => `Geen brief in het ${language}: die mensen krijgen de Nederlandse brief.`,
  noEmail: (n: number) => `${n} zonder e-mailadres kregen niets (Manier is E-mail).`,
  missingValue: (n: number, placeholder: string) =>
    `${n} zonder {{${placeholder}}} kregen geen brief (vul het aan in het tabblad en maak de brief opnieuw).`,
  alreadyDone: (n: number) => `${n} kregen deze reeks al eerder.`,
  findings: (n: number) => `Heldere taal: ${n} ${n === 1 ? 'opmerking' : 'opmerkingen'}, zie menu Brieven controleren.`,
  mailProblems: (failed: number, unknown: number) =>
    `${failed} e-mails mislukt, ${unknown} onzeker: zie het tabblad Berichten.`,
  quota: 'De e-mails van vandaag zijn op. Het script gaat morgenochtend zelf verder.',
  reviewReason: (problem: string) => `Brief niet gemaakt. ${problem} Vul het adres aan in het dossier.`,
  busy: 'Er worden al brieven gemaakt. Probeer het over een paar minuten opnieuw.',
  alreadyMade: 'Deze reeks is al gemaakt. Wilt u nog een keer brieven maken? Vul een nieuwe rij in.',
  nothingToDo: 'Er staat geen rij met Status "Maken" in het tabblad Brieven.',
  summary: (r: { batches: number; letters: number; mails: number; review: number; paused: boolean; quota: boolean }) =>
    [
      `${r.batches} ${r.batches === 1 ? 'reeks' : 'reeksen'} brieven: ${r.letters} op papier, ${r.mails} per e-mail.`,
      r.review > 0 ? `${r.review} naar Te controleren (geen bruikbaar adres).` : '',
      r.paused ? 'Nog niet klaar: het script gaat over een minuut zelf verder.' : '',
      r.quota ? 'De e-mails van vandaag zijn op: het script gaat morgen zelf verder.' : '',
      r.letters > 0 ? 'De PDF staat in de kolom Bestand van het tabblad Brieven.' : '',
    ]
      .filter(Boolean)
      .join('\n'),
  confirmFindings: (text: string) => `De brieven hebben opmerkingen over heldere taal:\n\n${text}\n\nToch doorgaan?`,
  checkOk: 'Alle brieven zijn in orde: geen opmerkingen over heldere taal.',
  mailKind: 'Brief',
  reviewForm: 'Brieven',
} as const;
