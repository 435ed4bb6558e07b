/**
 * The outreach actions of the project (the "14 kanalen" of the job posting, context/vacature-allemaal-digitaal.txt).
 * The posting's first bullet names three media (Eikenblad, flyer, newsletters); the flyer is handed out by hand
 * and so counts as its own action, the Eikenblad and the newsletters are one channel (print/mail publications).
 *
 * `setup` writes them into the Acties tab once; the worker may rename, add or stop actions there. The
 * self-registration form lists the `heardVia` phrases (how a household says it heard of us) and the field log
 * lists the `name`s, both read from that tab, so every registration and field note is attributed to an action.
 */
export interface OutreachAction {
  /** Stable code, kept when the worker renames the action. */
  readonly code: string;
  /** Dutch name the worker sees in the Acties tab and the field log. */
  readonly name: string;
  /** What the posting says, for the outreach matrix. */
  readonly description: string;
  /** How a household says it heard of us, in plain Dutch (choice in the Aanmelding form). */
  readonly heardVia: string;
}

export const OUTREACH_ACTIONS: readonly OutreachAction[] = [
  {
    code: 'A01',
    name: 'Eikenblad en nieuwsbrieven',
    description: 'Algemene bekendmaking in het Eikenblad en in nieuwsbrieven van partners.',
    heardVia: 'In het Eikenblad of een nieuwsbrief',
  },
  {
    code: 'A02',
    name: 'Flyer',
    description: 'Een flyer die partners en vrijwilligers uitdelen en ophangen.',
    heardVia: 'Op een flyer',
  },
  {
    code: 'A03',
    name: 'Facebook',
    description: 'Een Facebookpost die partners delen en herhalen.',
    heardVia: 'Op Facebook',
  },
  {
    code: 'A04',
    name: 'Webinar voor professionals',
    description: 'Een webinar voor professionals over de acties tegen de digitale kloof in Eeklo.',
    heardVia: 'Van een hulpverlener die een infosessie volgde',
  },
  {
    code: 'A05',
    name: 'Vrijwilligers digispreekuren',
    description: 'Vrijwilligers van de digispreekuren maken het aanbod bekend en verwijzen door.',
    heardVia: 'Bij een digispreekuur',
  },
  {
    code: 'A06',
    name: 'Teamvergaderingen stad, OCMW en partners',
    description:
      'De projectmedewerker stelt het aanbod voor op teamvergaderingen van stads- en OCMW-diensten en welzijnspartners.',
    heardVia: 'Van iemand van de stad of het OCMW',
  },
  {
    code: 'A07',
    name: 'Brief in heldere taal',
    description: 'Direct mailing met een brief in heldere, klare taal.',
    heardVia: 'Ik kreeg een brief in de bus',
  },
  {
    code: 'A08',
    name: 'Onthaal en leerlingenbegeleiding',
    description: 'De projectmedewerker informeert onthaalmedewerkers, zorgcoördinatoren en leerlingenbegeleiders.',
    heardVia: 'Aan het onthaal of op school',
  },
  {
    code: 'A09',
    name: 'Overleg scholen en zorg',
    description:
      'Overleggen: personeelsvergadering scholen, Huis van het Kind, directieoverleg, perinataal netwerk, zorgzame buurten.',
    heardVia: 'Van de school van mijn kinderen',
  },
  {
    code: 'A10',
    name: 'Buurtacties',
    description: 'Aansluiten bij acties in buurten (zorgzame buurt Sint-Jozef, buurtbabbels met Zonneheem).',
    heardVia: 'Bij een actie in mijn buurt',
  },
  {
    code: 'A11',
    name: 'Diensten die aan huis komen',
    description:
      'Thuiszorgdiensten, woonbegeleiders van SVK/MBV en Kind en Gezin maken het aanbod bekend bij de gezinnen.',
    heardVia: 'Van iemand die bij mij thuis komt (thuiszorg, woonbegeleiding, Kind en Gezin)',
  },
  {
    code: 'A12',
    name: 'Activiteiten van doelgroepen',
    description:
      'Activiteiten waar kwetsbare burgers al komen: cursussen Ligo, Actief met Taal, Miriam-bijeenkomsten, De Plek.',
    heardVia: 'Bij een cursus of activiteit (Ligo, Actief met Taal, De Plek …)',
  },
  {
    code: 'A13',
    name: 'Infostand',
    description:
      'Een standje op drukke plaatsen: restaurant Zonneheem, De Pretbazaar, schoolpoorten, wachtzalen, sociale kruidenier.',
    heardVia: 'Aan een infostand',
  },
  {
    code: 'A14',
    name: 'Vrijetijdsverenigingen',
    description: 'Bekendmaking via de Eeklose vrijetijdsverenigingen.',
    heardVia: 'Via een vereniging of club',
  },
];

/** The registration form's last choice: a household that does not remember or heard it elsewhere. */
export const HEARD_VIA_UNKNOWN = 'Weet ik niet meer';
